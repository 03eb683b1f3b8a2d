//! The public summary of the whole city's figures for one calendar quarter
//! that has ended (no account needed): aggregates only, small cells
//! withheld, and nothing two public queries could be subtracted into
//! (`domain::stats::public`).

use crate::error::AppError;
use crate::store::dashboard::load;
use domain::booking::dashboard::{CityFilter, CityPublic, city_dashboard, public_summary};
use domain::stats::public::{completed_quarters, public_period};
use platform::ssr::Context;

/// The quarters offered to choose from: three years of them.
const QUARTERS_OFFERED: usize = 12;

pub async fn city_summary(cx: &Context, from: &str, to: &str) -> Result<CityPublic, AppError> {
    let today = cx.clock.today();
    let period = public_period(today, from, to)?;
    let f = CityFilter {
        period,
        centre: None,
        district: None,
    };
    let loaded = load(&cx.db, period, crate::profile::districts(cx)).await?;
    let dashboard = city_dashboard(&loaded.data, &f, today, crate::profile::targets(cx)?);
    Ok(public_summary(&dashboard, completed_quarters(today, QUARTERS_OFFERED)))
}
