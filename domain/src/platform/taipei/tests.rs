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
