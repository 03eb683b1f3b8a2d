//! The triage facts as stored with a registration or a waitlist entry.

use domain::booking::triage::TriageInput;
use platform::ssr::{db::stored_date, db::stored_json};

/// The triage facts as stored with a registration or a waitlist entry.
pub struct StoredTriage<'a> {
    pub birth_date: &'a str,
    pub due_date: &'a Option<String>,
    pub previous_assessment_date: &'a Option<String>,
    pub previous_reassess_date: &'a Option<String>,
    pub high_risk: &'a str,
    pub problem_domains: &'a str,
}

/// Reads stored triage facts back; values that do not read back are refused.
pub fn stored_triage(s: StoredTriage<'_>) -> Result<TriageInput, sqlx::Error> {
    let optional_date = |d: &Option<String>| d.as_deref().map(stored_date).transpose();
    let previous = optional_date(s.previous_assessment_date)?;
    let reassess = optional_date(s.previous_reassess_date)?;
    Ok(TriageInput {
        birth_date: stored_date(s.birth_date)?,
        due_date: optional_date(s.due_date)?,
        previous: previous.map(|assessed_on| domain::booking::triage::PreviousAssessment {
            assessed_on,
            reassess_on: reassess,
        }),
        high_risk: stored_json("high-risk answers", s.high_risk)?,
        domains: stored_json("problem domains", s.problem_domains)?,
    })
}
