//! What this system knows of a child when someone books it or puts it on
//! the waitlist: whether they are the child's known family, and the last
//! assessment recorded; the triage is checked with what they may be told.
//! Shared by `submit_registration` and the waitlist's use cases.

use crate::error::{AppError, BookingError};
use crate::store::registrations::{Submitter, last_completed};
use chrono::NaiveDate;
use domain::booking::TriageInput;
use domain::booking::triage::{TriageOutcome, triage};
use platform::ssr::Db;

/// Whether the triage (with the assessments recorded) leads to a joint
/// assessment, and fast-tracked; any other outcome is the error that says so.
pub fn joint_assessment(input: &TriageInput, today: NaiveDate) -> Result<bool, BookingError> {
    match triage(input, today) {
        TriageOutcome::JointAssessment { fast_track, .. } => Ok(fast_track),
        TriageOutcome::NotEligible(i) => Err(BookingError::NotEligible(i)),
        TriageOutcome::SingleSpecialty { .. } | TriageOutcome::NoConcern => Err(BookingError::NoJointAssessmentNeeded),
    }
}

/// The triage a submission is checked with, and who submits it.
pub struct Checked {
    pub triage: TriageInput,
    pub submitter: Submitter,
    pub fast_track: bool,
}

/// Checks the triage of a submission for `child_key`. A refusal caused by
/// the submitter's own answers is always told; one caused by an assessment
/// this system recorded only to the child's known family (`known_family`:
/// the account booked or waited for the child before, or a case manager
/// books for a case): for anyone else it flags the submission for the staff
/// (`domain::booking::registration::review_for_stranger`).
pub async fn check_triage(
    db: &Db,
    child_key: &str,
    known_family: bool,
    declared: TriageInput,
    today: NaiveDate,
) -> Result<Checked, AppError> {
    let recorded = last_completed(db, child_key).await?;
    let with_record = declared.clone().with_recorded(recorded);
    if known_family {
        return Ok(Checked {
            fast_track: joint_assessment(&with_record, today)?,
            triage: with_record,
            submitter: Submitter::KnownFamily,
        });
    }
    Ok(Checked {
        fast_track: joint_assessment(&declared, today)?,
        triage: declared,
        submitter: Submitter::Other {
            recorded_triage: recorded.is_some().then_some(with_record),
        },
    })
}
