//! The clinic days of a range of dates with the places left (the families'
//! calendar and the open-data API), answered from memory while nothing
//! changed (`store::availability`).

use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::availability::{Range, Snapshot};
use crate::types::DayView;
use chrono::NaiveDate;
use domain::booking::District;
use domain::booking::opening::{MAX_CALENDAR_DAYS, range_ok};
use domain::ids::CentreId;
use std::sync::Arc;

/// The range asked for, as a calendar may ask: at most [`MAX_CALENDAR_DAYS`].
pub fn range(
    from: NaiveDate,
    to: NaiveDate,
    centre: Option<CentreId>,
    district: Option<District>,
) -> Result<Range, BookingError> {
    if !range_ok(from, to, MAX_CALENDAR_DAYS) {
        return Err(BookingError::DateRangeInvalid);
    }
    Ok(Range {
        from: from.to_string(),
        to: to.to_string(),
        centre,
        district,
    })
}

/// The days of `range` as the store keeps them (the API renders them once per change).
pub async fn snapshot(cx: &BookingCx, range: &Range) -> Result<Arc<Snapshot>, AppError> {
    Ok(cx.service.availability.between(&cx.db, cx.clock.now(), range).await?)
}

/// The days of `range` as the calendar shows them.
pub async fn availability(cx: &BookingCx, range: &Range) -> Result<Vec<DayView>, AppError> {
    snapshot(cx, range)
        .await?
        .rows
        .iter()
        .map(crate::convert::day)
        .collect()
}
