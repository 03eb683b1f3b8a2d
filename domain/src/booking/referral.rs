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
mod tests;
