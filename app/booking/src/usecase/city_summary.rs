//! The public summary of the whole city's figures for a period (no account
//! needed): aggregates only, small cells withheld (the domain's rule).

use crate::error::AppError;
use crate::store::dashboard::load;
use domain::booking::dashboard::{CityFilter, CityPublic, city_dashboard, public_summary};
use domain::stats::Period;
use platform::ssr::Context;

pub async fn city_summary(cx: &Context, from: &str, to: &str) -> Result<CityPublic, AppError> {
    let today = cx.clock.today();
    let period = Period::from_form(today, from, to)?;
    let f = CityFilter {
        period,
        centre: None,
        district: None,
    };
    let loaded = load(&cx.db, period, crate::profile::districts(cx)).await?;
    Ok(public_summary(&city_dashboard(
        &loaded.data,
        &f,
        today,
        crate::profile::targets(cx)?,
    )))
}
