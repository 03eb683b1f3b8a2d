//! What a case manager records on a case, checked.

use super::kinds::*;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CaseError {
    #[error("the case is closed")]
    Closed,
    #[error("the contact date is in the future")]
    ContactInFuture,
    #[error("the contact date is before the case was opened")]
    ContactBeforeOpening,
    #[error("the note is too long")]
    NoteTooLong,
    #[error("'assessed' needs a joint assessment booked for the case")]
    NotAssessed,
}

/// The longest note on a contact or a closing.
pub const NOTE_MAX_CHARS: usize = 500;

/// Checks a contact with the family on `on`, recorded `today` on a case
/// opened on `opened`.
pub fn check_contact(opened: NaiveDate, on: NaiveDate, today: NaiveDate, note: &str) -> Result<(), CaseError> {
    if on > today {
        return Err(CaseError::ContactInFuture);
    }
    if on < opened {
        return Err(CaseError::ContactBeforeOpening);
    }
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(CaseError::NoteTooLong);
    }
    Ok(())
}

/// Checks closing a case with `outcome`: "assessed" only once the case's
/// booking was completed.
pub fn check_close(outcome: CaseOutcome, assessment_completed: bool, note: &str) -> Result<(), CaseError> {
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(CaseError::NoteTooLong);
    }
    if outcome == CaseOutcome::Assessed && !assessment_completed {
        return Err(CaseError::NotAssessed);
    }
    Ok(())
}
