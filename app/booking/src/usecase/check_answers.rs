//! The booking's first step: the check's answers, when they lead to a joint
//! assessment (the triage is the domain's); any other outcome is the error
//! that explains it.

use crate::error::BookingError;
use crate::forms::triage_input;
use crate::types::CheckTyped;
use chrono::NaiveDate;
use domain::booking::TriageInput;
use domain::booking::triage::{HighRisk, ProblemDomain, TriageOutcome, triage};

/// The check as the form sends it.
pub struct Check {
    pub birth_date: String,
    /// The due date, the previous assessment's and its re-assessment's.
    pub dates: [Option<String>; 3],
    pub domains: Vec<ProblemDomain>,
    pub high_risk: Vec<HighRisk>,
}

impl Check {
    /// What was typed, to fill the check in again.
    pub fn typed(self) -> CheckTyped {
        let [due, previous, reassess] = self.dates;
        CheckTyped::kept(
            [Some(self.birth_date), due, previous, reassess],
            self.domains,
            self.high_risk,
        )
    }
}

pub fn check_answers(c: &Check, today: NaiveDate) -> Result<TriageInput, BookingError> {
    let dates = c.dates.each_ref().map(|d| d.as_deref());
    let answers = triage_input(&c.birth_date, dates, &c.high_risk, &c.domains, today)?;
    match triage(&answers, today) {
        TriageOutcome::JointAssessment { .. } => Ok(answers),
        TriageOutcome::NotEligible(i) => Err(BookingError::NotEligible(i)),
        TriageOutcome::SingleSpecialty { clinic, .. } => Err(BookingError::SingleSpecialtyFirst(clinic)),
        TriageOutcome::NoConcern => Err(BookingError::NoConcernMarked),
    }
}
