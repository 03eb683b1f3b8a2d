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
//! Working days are the national office calendar's, with the city's own
//! closures ([`crate::platform::calendar`]); both clocks are dates in Taipei.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

pub use crate::platform::calendar::WorkingDays;

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
