use crate::error::AppError;
use crate::types::CityDashboardView;
use leptos::prelude::*;

/// The city's dashboard (`from`, `to`: months `YYYY-MM`; `centre`: a
/// centre's id; `district`: a district's name; empty for all).
#[server]
pub async fn city_figures(
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] centre: String,
    #[server(default)] district: String,
) -> Result<CityDashboardView, AppError> {
    use crate::usecase::city_dashboard::{Viewer, city_dashboard};
    use platform::ssr::guard;
    let viewer: Viewer = guard::actor(domain::platform::Permission::ReadCityDashboard).await?;
    let form = crate::types::CityFilterForm {
        from,
        to,
        centre,
        district,
    };
    city_dashboard(&guard::context().await?, &viewer, &form).await
}
