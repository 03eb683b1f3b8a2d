//! Taiwan keeps UTC+8 all year and has had no daylight saving since 1979, so a
//! fixed offset is exact; the browser needs no time-zone database.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

pub const OFFSET_SECONDS: i32 = 8 * 3600;

pub fn offset() -> FixedOffset {
    // 8 hours is within the ±24 h range chrono accepts, so this cannot fail.
    FixedOffset::east_opt(OFFSET_SECONDS).unwrap_or_else(|| unreachable!())
}

/// The calendar date in Taipei at a UTC instant given in seconds since the epoch.
pub fn date_at(epoch_seconds: i64) -> NaiveDate {
    local_datetime(epoch_seconds).date()
}

pub fn local_datetime(epoch_seconds: i64) -> NaiveDateTime {
    let utc = DateTime::<Utc>::from_timestamp(epoch_seconds, 0).unwrap_or_default();
    utc.with_timezone(&offset()).naive_local()
}

/// The UTC epoch seconds of a wall-clock time in Taipei.
pub fn epoch_of(local: NaiveDateTime) -> i64 {
    offset()
        .from_local_datetime(&local)
        .single()
        .map(|d| d.timestamp())
        .unwrap_or_default()
}

/// Year of the Republic of China calendar, used on Taiwanese forms (ROC 114 = 2025).
pub fn roc_year(date: NaiveDate) -> i32 {
    date.year() - 1911
}

/// `2026-12-03` as parents in Taiwan read it: `115/12/03`.
pub fn roc_date(date: NaiveDate) -> String {
    format!("{}/{:02}/{:02}", roc_year(date), date.month(), date.day())
}

/// "YYYY-MM-DD", the one date format on the wire and in the database.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests;
