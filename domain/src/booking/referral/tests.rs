use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_report_is_due_a_week_after_the_observation_and_late_the_day_after() {
    let observed = d("2026-11-02");
    assert_eq!(report_due(observed), d("2026-11-09"));
    assert!(!report_is_late(observed, d("2026-11-02")));
    assert!(!report_is_late(observed, d("2026-11-09")));
    assert!(report_is_late(observed, d("2026-11-10")));
    // Over a month's end and a weekend alike: calendar days.
    assert_eq!(report_due(d("2026-12-28")), d("2027-01-04"));
}

#[test]
fn working_days_skip_weekends_and_holidays() {
    let plain = WorkingDays::default();
    // Friday 27 November 2026 + 1 working day = Monday 30 November.
    assert_eq!(plain.after(d("2026-11-27"), 1), d("2026-11-30"));
    assert_eq!(plain.after(d("2026-11-27"), 3), d("2026-12-02"));
    // Opened on a Saturday: the count starts on Monday.
    assert_eq!(plain.after(d("2026-11-28"), 1), d("2026-11-30"));
    assert_eq!(plain.after(d("2026-11-25"), 0), d("2026-11-25"));
    // With New Year's Day (a Friday in 2027) as a holiday.
    let city = WorkingDays::new([d("2027-01-01")]);
    assert_eq!(city.after(d("2026-12-31"), 1), d("2027-01-04"));
    assert_eq!(contact_due(d("2026-12-30"), 3, &city), d("2027-01-05"));
    assert!(!city.is_working_day(d("2027-01-01")));
    assert!(city.is_working_day(d("2027-01-04")));
}

#[test]
fn a_deadline_counts_down_is_due_on_its_day_and_then_overdue() {
    let due = d("2026-12-02");
    assert_eq!(Deadline::on(due, d("2026-11-30")), Deadline::DaysLeft(2));
    assert_eq!(Deadline::on(due, d("2026-12-02")), Deadline::DueToday);
    assert_eq!(Deadline::on(due, d("2026-12-03")), Deadline::Overdue(1));
    assert!(Deadline::on(due, d("2026-12-05")).is_overdue());
    assert!(!Deadline::on(due, due).is_overdue());
}

proptest! {
    /// The due day is a working day (for n ≥ 1), after the opening day,
    /// with exactly n working days from the day after opening to it.
    #[test]
    fn the_due_day_is_the_nth_working_day(start in 0i64..800, n in 0u32..15, holiday_offsets in prop::collection::vec(1i64..40, 0..6)) {
        let from = d("2026-01-01") + Duration::days(start);
        let calendar = WorkingDays::new(holiday_offsets.iter().map(|o| from + Duration::days(*o)));
        let due = calendar.after(from, n);
        prop_assert!(due >= from);
        if n > 0 {
            prop_assert!(calendar.is_working_day(due));
            let counted = (1..=(due - from).num_days())
                .filter(|k| calendar.is_working_day(from + Duration::days(*k)))
                .count();
            prop_assert_eq!(counted, n as usize);
        } else {
            prop_assert_eq!(due, from);
        }
    }
}
