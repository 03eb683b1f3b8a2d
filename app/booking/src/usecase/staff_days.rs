//! The centre's clinic days between two dates (at most half a year).

use crate::error::{AppError, BookingError};
use crate::types::DayView;
use domain::booking::opening::{MAX_SPAN_DAYS, range_ok};
use platform::ssr::Context;
use platform::ssr::actor::CentreStaff;

pub async fn staff_days(cx: &Context, me: &CentreStaff, from: &str, to: &str) -> Result<Vec<DayView>, AppError> {
    let (f, t) = (crate::forms::date(from)?, crate::forms::date(to)?);
    if !range_ok(f, t, MAX_SPAN_DAYS) {
        return Err(BookingError::DateRangeInvalid.into());
    }
    let rows = crate::store::clinic_days::of_centre(&cx.db, cx.clock.now(), me.centre, from, to).await?;
    rows.iter().map(crate::convert::day).collect()
}
