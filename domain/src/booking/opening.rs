//! Which clinic days a centre opens in one go: every day of a date range
//! (on the weekdays chosen, or on every day), starting after today and at
//! most half a year long, so that a typing slip cannot open years of days.

use chrono::{Datelike, NaiveDate};

/// The longest range opened at once, in days after its first day.
pub const MAX_SPAN_DAYS: i64 = 186;

/// The longest range of clinic days a calendar (the families', the
/// open-data API's) shows at once, in days after its first day.
pub const MAX_CALENDAR_DAYS: i64 = 92;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the range of days to open is not one that can be opened")]
pub struct RangeInvalid;

/// Whether `from` to `to` is a range of days one can ask for at once: not
/// reversed, and at most `max_days` after its first day
/// ([`MAX_CALENDAR_DAYS`] for a calendar, [`MAX_SPAN_DAYS`] for a centre's
/// own list of days).
pub fn range_ok(from: NaiveDate, to: NaiveDate, max_days: i64) -> bool {
    from <= to && (to - from).num_days() <= max_days
}

/// The days from `from` to `to` (both included) on `weekdays` (ISO numbers,
/// 1 = Monday … 7 = Sunday; every day when empty). The range must start
/// after `today`, end no earlier than it starts and span at most
/// [`MAX_SPAN_DAYS`].
pub fn days_to_open(
    from: NaiveDate,
    to: NaiveDate,
    weekdays: &[u32],
    today: NaiveDate,
) -> Result<Vec<NaiveDate>, RangeInvalid> {
    if to < from || (to - from).num_days() > MAX_SPAN_DAYS || from <= today {
        return Err(RangeInvalid);
    }
    Ok(from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| weekdays.is_empty() || weekdays.contains(&d.weekday().number_from_monday()))
        .collect())
}

#[cfg(test)]
mod tests;
