use crate::error::AppError;
use leptos::prelude::*;

/// The county revokes a current certificate, with the reason the
/// restaurant is told.
#[server]
pub async fn revoke_certificate(certificate: i64, reason: String) -> Result<(), AppError> {
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    let cx = crate::state::context().await?;
    crate::usecase::revoke_certificate::revoke_certificate(&cx, &me, certificate, &reason).await?;
    leptos_axum::redirect(&crate::paths::county_certification_done("revoked"));
    Ok(())
}
