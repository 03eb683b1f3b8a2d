use crate::error::AppError;
use crate::types::WaitingRowView;
use leptos::prelude::*;

/// Every family waiting, for the city (the read is audited).
#[server]
pub async fn city_waitlist() -> Result<Vec<WaitingRowView>, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    crate::usecase::waitlist_rows::city_waitlist(&guard::context().await?, &me).await
}
