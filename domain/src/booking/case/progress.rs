//! A case's clocks, its stage and its place in the queue.

use super::kinds::*;
use crate::booking::referral::{Deadline, report_due, report_is_late};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The contact clock of a case: still running, or stopped by the first
/// contact with the family (reached or not: the centre tried).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactClock {
    Running(Deadline),
    Made { on: NaiveDate, late: bool },
}

/// Both clocks of a case, as every view of it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseClocks {
    /// The first referral's observation, its due day, and whether it came late.
    pub observed_on: NaiveDate,
    pub report_due: NaiveDate,
    pub reported_late: bool,
    pub contact_due: NaiveDate,
    pub contact: ContactClock,
}

impl CaseClocks {
    /// The clocks of a case whose first referral observed the child on
    /// `observed_on` and reported on `reported_on`, due for contact on
    /// `contact_due`, first contacted on `first_contact`, seen on `today`.
    pub fn on(
        observed_on: NaiveDate,
        reported_on: NaiveDate,
        contact_due: NaiveDate,
        first_contact: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Self {
        let contact = match first_contact {
            Some(on) => ContactClock::Made {
                on,
                late: on > contact_due,
            },
            None => ContactClock::Running(Deadline::on(contact_due, today)),
        };
        Self {
            observed_on,
            report_due: report_due(observed_on),
            reported_late: report_is_late(observed_on, reported_on),
            contact_due,
            contact,
        }
    }

    pub fn contact_overdue(&self) -> bool {
        matches!(self.contact, ContactClock::Running(d) if d.is_overdue())
    }
}

/// Where a case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseStage {
    /// Nobody has reached the family yet.
    New,
    /// The family was contacted; no assessment is booked.
    Contacted,
    /// A joint assessment is booked for the child.
    Booked,
    Closed(CaseOutcome),
}

impl CaseStage {
    pub fn of(first_contact: Option<NaiveDate>, booked: bool, outcome: Option<CaseOutcome>) -> Self {
        match (outcome, booked, first_contact) {
            (Some(o), _, _) => CaseStage::Closed(o),
            (None, true, _) => CaseStage::Booked,
            (None, false, Some(_)) => CaseStage::Contacted,
            (None, false, None) => CaseStage::New,
        }
    }
}

/// Where an open case stands in the referral centre's queue: cases whose
/// family has not been reached come first, the nearest contact deadline
/// first; then the others, oldest first. Smaller ranks come first.
pub fn queue_rank(
    contact_due: NaiveDate,
    first_contact: Option<NaiveDate>,
    opened_on: NaiveDate,
) -> (bool, NaiveDate, NaiveDate) {
    match first_contact {
        None => (false, contact_due, opened_on),
        Some(_) => (true, opened_on, contact_due),
    }
}
