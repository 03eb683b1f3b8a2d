use crate::error::AppError;
use leptos::prelude::*;

/// Takes back a file that waits for the next application.
#[server]
pub async fn remove_evidence(evidence: i64) -> Result<(), AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::remove_evidence::remove_evidence(&crate::state::context().await?, &me, evidence).await?;
    leptos_axum::redirect(&crate::paths::my_certification_done("removed"));
    Ok(())
}
