use crate::error::AppError;
use crate::types::RowView;
use leptos::prelude::*;

/// The first assessments of one month behind the dashboard's figures; each
/// row read is recorded in the audit log.
#[server]
pub async fn city_rows(
    month: String,
    #[server(default)] centre: String,
    #[server(default)] district: String,
) -> Result<Vec<RowView>, AppError> {
    use crate::usecase::{city_dashboard::Viewer, city_rows::city_rows};
    use platform::ssr::guard;
    let viewer: Viewer = guard::actor(domain::platform::Permission::ReadCityDashboard).await?;
    let form = crate::types::CityFilterForm {
        from: month.clone(),
        to: month,
        centre,
        district,
    };
    city_rows(&guard::context().await?, &viewer, &form).await
}
