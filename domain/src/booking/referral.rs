//! The two clocks of a referral (通報) of a child with suspected delay
//! (brief, pipeline step 2):
//!
//! - an institution (school or kindergarten, clinic or hospital, social
//!   welfare agency) reports the child within one week of observing the
//!   concern (Children and Youth Welfare and Rights Protection Act, art. 32,
//!   and its reporting regulation). A late report is flagged, never refused:
//!   the child still needs the case;
//! - the city's referral centre contacts the family within a number of
//!   working days that the city sets (`contact_within`).
//!
//! Working days are Monday to Friday except the holidays the city lists;
//! both clocks are dates in Taipei.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Days an institution has to report after observing the concern.
pub const REPORT_WITHIN_DAYS: i64 = 7;

/// The last day an institution may report a concern observed on `observed`.
pub fn report_due(observed: NaiveDate) -> NaiveDate {
    observed + Duration::days(REPORT_WITHIN_DAYS)
}

/// Whether a report made on `reported` came after its week.
pub fn report_is_late(observed: NaiveDate, reported: NaiveDate) -> bool {
    reported > report_due(observed)
}

/// Monday to Friday, except the listed holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingDays {
    pub holidays: BTreeSet<NaiveDate>,
}

impl WorkingDays {
    pub fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            holidays: holidays.into_iter().collect(),
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&day)
    }

    /// The `n`-th working day after `from` (`from` itself when `n` is 0):
    /// a case opened on a Friday with one working day is due on Monday.
    pub fn after(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut day = from;
        let mut left = n;
        while left > 0 {
            day += Duration::days(1);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }
}

/// The day by which the referral centre must have reached the family of a
/// case opened on `opened`.
pub fn contact_due(opened: NaiveDate, contact_within: u32, calendar: &WorkingDays) -> NaiveDate {
    calendar.after(opened, contact_within)
}

/// Where a deadline stands on a given day, as every case view shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Deadline {
    DaysLeft(u32),
    DueToday,
    /// Past the deadline by this many days.
    Overdue(u32),
}

impl Deadline {
    pub fn on(due: NaiveDate, today: NaiveDate) -> Deadline {
        let days = (due - today).num_days();
        match days {
            0 => Deadline::DueToday,
            d if d > 0 => Deadline::DaysLeft(u32::try_from(d).unwrap_or(u32::MAX)),
            d => Deadline::Overdue(u32::try_from(-d).unwrap_or(u32::MAX)),
        }
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, Deadline::Overdue(_))
    }
}

#[cfg(test)]
mod tests {
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
}
