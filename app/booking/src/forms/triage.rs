//! The answers the triage looks at, as the check, the waitlist's form and
//! the self-screening send them.

use super::fields::{date, optional_date};
use crate::error::BookingError;
use chrono::NaiveDate;
use domain::booking::TriageInput;
use domain::booking::age::ChildAge;
use domain::booking::triage::{HighRisk, PreviousAssessment, ProblemDomain};

/// Parses and checks the answers; `dates` are the due date, the previous
/// assessment's and its re-assessment's, each optional.
pub fn triage_input(
    birth_date: &str,
    [due_date, previous_date, previous_reassess]: [Option<&str>; 3],
    high_risk: &[HighRisk],
    domains: &[ProblemDomain],
    today: NaiveDate,
) -> Result<TriageInput, BookingError> {
    let birth = date(birth_date)?;
    let due = optional_date(due_date)?;
    ChildAge::on(birth, due, today)?;
    let previous = optional_date(previous_date)?;
    let reassess = optional_date(previous_reassess)?;
    Ok(TriageInput {
        birth_date: birth,
        due_date: due,
        previous: previous.map(|d| PreviousAssessment {
            assessed_on: d,
            reassess_on: reassess,
        }),
        high_risk: high_risk.iter().copied().collect(),
        domains: domains.iter().copied().collect(),
    })
}
