use crate::error::AppError;
use crate::types::InstitutionView;
use leptos::prelude::*;

/// The institutions reporters may belong to.
#[server]
pub async fn list_institutions() -> Result<Vec<InstitutionView>, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    crate::usecase::institutions::list_institutions(&guard::context().await?, &me).await
}
