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
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// A date field: any text is refused or read as the date it writes
        /// back to; every date's own writing is read.
        #[test]
        fn any_typed_date_is_refused_or_reads_back(raw in prop_oneof!["\\PC{0,12}", "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"], days in 0i64..80_000) {
            if let Some(d) = parse_iso_date(&raw) {
                prop_assert_eq!(parse_iso_date(&d.to_string()), Some(d));
            }
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(parse_iso_date(&d.to_string()), Some(d));
        }
    }

    #[test]
    fn late_evening_utc_is_already_tomorrow_in_taipei() {
        // 2026-11-26 17:30 UTC is 2026-11-27 01:30 in Taipei.
        let t = Utc.with_ymd_and_hms(2026, 11, 26, 17, 30, 0).unwrap().timestamp();
        assert_eq!(date_at(t), NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    }

    #[test]
    fn local_times_round_trip_through_epoch_seconds() {
        let local = NaiveDate::from_ymd_opt(2026, 1, 2)
            .unwrap()
            .and_hms_opt(8, 20, 0)
            .unwrap();
        assert_eq!(local_datetime(epoch_of(local)), local);
    }

    #[test]
    fn roc_dates_count_from_1912() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(roc_date(d), "115/12/03");
    }

    #[test]
    fn iso_dates_are_the_only_accepted_format() {
        assert!(parse_iso_date("2026-02-28").is_some());
        assert!(parse_iso_date("2026-02-30").is_none());
        assert!(parse_iso_date("28/02/2026").is_none());
    }
}
