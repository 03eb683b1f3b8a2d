use super::{MAX_CALENDAR_DAYS, MAX_SPAN_DAYS, RangeInvalid, days_to_open, range_ok};
use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap_or_default()
}

#[test]
fn the_weekdays_chosen_or_every_day() {
    let today = date("2026-11-27"); // a Friday
    let mondays_and_thursdays = days_to_open(date("2026-11-30"), date("2026-12-10"), &[1, 4], today);
    assert_eq!(
        mondays_and_thursdays,
        Ok(vec![
            date("2026-11-30"),
            date("2026-12-03"),
            date("2026-12-07"),
            date("2026-12-10")
        ])
    );
    assert_eq!(
        days_to_open(date("2026-11-28"), date("2026-11-30"), &[], today).map(|d| d.len()),
        Ok(3)
    );
    assert_eq!(
        days_to_open(date("2026-11-28"), date("2026-11-28"), &[1], today),
        Ok(vec![])
    );
}

#[test]
fn not_today_or_before_not_backwards_not_longer_than_half_a_year() {
    let today = date("2026-11-27");
    assert_eq!(days_to_open(today, date("2026-12-01"), &[], today), Err(RangeInvalid));
    assert_eq!(
        days_to_open(date("2026-12-05"), date("2026-12-01"), &[], today),
        Err(RangeInvalid)
    );
    let from = date("2026-12-01");
    let longest = from + Duration::days(MAX_SPAN_DAYS);
    assert!(days_to_open(from, longest, &[], today).is_ok());
    assert_eq!(
        days_to_open(from, longest + Duration::days(1), &[], today),
        Err(RangeInvalid)
    );
}

proptest! {
    #[test]
    fn every_day_opened_is_in_the_range_on_a_chosen_weekday(
        start in 1i64..400, span in 0i64..=MAX_SPAN_DAYS, weekdays in proptest::collection::vec(1u32..=7, 0..4)
    ) {
        let today = date("2026-11-27");
        let from = today + Duration::days(start);
        let to = from + Duration::days(span);
        let days = days_to_open(from, to, &weekdays, today).unwrap_or_default();
        prop_assert!(days.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(days.iter().all(|d| *d >= from && *d <= to && *d > today));
        prop_assert!(days.iter().all(|d| weekdays.is_empty() || weekdays.contains(&d.weekday().number_from_monday())));
        if weekdays.is_empty() {
            prop_assert_eq!(days.len() as i64, span + 1);
        }
    }
}

#[test]
fn a_calendar_range_is_forward_and_at_most_its_length() {
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert!(range_ok(d("2026-01-01"), d("2026-01-01"), MAX_CALENDAR_DAYS));
    assert!(range_ok(d("2026-01-01"), d("2026-04-03"), MAX_CALENDAR_DAYS));
    assert!(!range_ok(d("2026-01-01"), d("2026-04-04"), MAX_CALENDAR_DAYS));
    assert!(!range_ok(d("2026-01-02"), d("2026-01-01"), MAX_CALENDAR_DAYS));
    assert!(range_ok(d("2026-01-01"), d("2026-07-06"), MAX_SPAN_DAYS));
    assert!(!range_ok(d("2026-01-01"), d("2026-07-07"), MAX_SPAN_DAYS));
}
