use crate::error::AppError;
use crate::types::CentreView;
use leptos::prelude::*;

/// Every centre, active or not, as the city administers them.
#[server]
pub async fn admin_centres() -> Result<Vec<CentreView>, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let _: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    crate::usecase::centres::list_centres(&guard::context().await?, false).await
}
