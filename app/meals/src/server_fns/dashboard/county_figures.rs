use crate::error::AppError;
use crate::types::county::CountyDashboardView;
use leptos::prelude::*;

/// The county's dashboard (`from`, `to`: months `YYYY-MM`; `township`: a
/// township's name; empty for all).
#[server]
pub async fn county_figures(
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] township: String,
) -> Result<CountyDashboardView, AppError> {
    use crate::usecase::county_dashboard::{CountyFilterForm, county_dashboard_view};
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ReadCountyDashboard).await?;
    let form = CountyFilterForm { from, to, township };
    county_dashboard_view(&crate::state::context().await?, &me, &form).await
}
