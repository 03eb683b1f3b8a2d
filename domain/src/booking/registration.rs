//! The life of a registration, forward only (as in Bahmni's appointment
//! statuses): submitted → confirmed → checked in → completed, with the side
//! exits ineligible, cancelled and no-show.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    pub enum RegistrationStatus {
        /// Submitted by the family, awaiting verification by the centre; holds a place.
        Submitted,
        Confirmed,
        CheckedIn,
        Completed,
        NoShow,
        /// Staff found the child not eligible; the place is freed.
        Ineligible,
        Cancelled,
    }
}

impl RegistrationStatus {
    /// Active registrations count against the one-per-child rule across all centres.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Submitted | Self::Confirmed | Self::CheckedIn)
    }

    /// Whether a registration in this status still occupies its place on the day.
    pub fn occupies_place(self) -> bool {
        !matches!(self, Self::Ineligible | Self::Cancelled)
    }

    /// Whether the family may still cancel or move it.
    pub fn changeable_by_family(self) -> bool {
        matches!(self, Self::Submitted | Self::Confirmed)
    }
}

crate::named::closed_set! {
    pub enum StaffAction {
        Confirm,
        MarkIneligible,
        CheckIn,
        Complete,
        MarkNoShow,
        Cancel,
    }
}

crate::named::closed_set! {
    /// What a family did to its booking itself (announced on the page it comes
    /// back to, and the subject of the mail it gets).
    pub enum FamilyChange {
        Cancelled,
        Rescheduled,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum TransitionError {
    #[error("not possible from the current status")]
    WrongStatus,
    #[error("the clinic day has passed")]
    DayPassed,
    #[error("only possible on the clinic day")]
    NotToday,
    #[error("not possible before the clinic day")]
    BeforeTheDay,
    /// Confirming a flagged registration while the child has another active
    /// booking: one of the two must be cancelled first.
    #[error("the child has another active booking")]
    OtherBooking,
}

/// The status after a staff action on a registration for `day`, seen on `today`.
pub fn staff_transition(
    from: RegistrationStatus,
    action: StaffAction,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<RegistrationStatus, TransitionError> {
    use RegistrationStatus as S;
    use StaffAction as A;
    let (allowed, to): (&[S], S) = match action {
        A::Confirm => (&[S::Submitted], S::Confirmed),
        A::MarkIneligible => (&[S::Submitted, S::Confirmed], S::Ineligible),
        A::CheckIn => (&[S::Confirmed], S::CheckedIn),
        A::Complete => (&[S::CheckedIn], S::Completed),
        A::MarkNoShow => (&[S::Submitted, S::Confirmed], S::NoShow),
        A::Cancel => (&[S::Submitted, S::Confirmed], S::Cancelled),
    };
    if !allowed.contains(&from) {
        return Err(TransitionError::WrongStatus);
    }
    match action {
        A::Confirm | A::Cancel if day < today => Err(TransitionError::DayPassed),
        A::CheckIn if day != today => Err(TransitionError::NotToday),
        A::Complete | A::MarkNoShow if day > today => Err(TransitionError::BeforeTheDay),
        _ => Ok(to),
    }
}

/// Whether the family may cancel or reschedule a registration for `day` today.
pub fn family_may_change(status: RegistrationStatus, day: NaiveDate, today: NaiveDate) -> Result<(), TransitionError> {
    if !status.changeable_by_family() {
        return Err(TransitionError::WrongStatus);
    }
    if day < today {
        return Err(TransitionError::DayPassed);
    }
    Ok(())
}

/// After this many no-shows without cancelling, a child's new registrations wait for staff approval.
pub fn needs_approval(no_shows: u32, threshold: u32) -> bool {
    threshold > 0 && no_shows >= threshold
}

crate::named::closed_set! {
    /// Why a registration or a waitlist entry waits for a person to check it.
    /// Kept with the row and shown to staff only: the family's own answer is
    /// the same as for any other submission.
    pub enum Review {
        /// The child had an active booking (or was already waiting) when this
        /// one was made by someone not known as the child's family.
        Duplicate,
        /// This system's record of an earlier assessment refuses the booking
        /// (the repeat rule or the re-assessment window) where the submitter's
        /// own answers did not.
        RecordedAssessment,
    }
}

/// Why a submission by someone not known as the child's family is flagged
/// for the staff, if it is. Only a signed-in account known as the family (it
/// booked or waited for the child before) is told that the child is booked
/// or waiting already, or that the recorded assessment refuses the booking;
/// anyone else's submission is taken like any other, so that no one learns
/// from the answer whether a national ID has a booking, a place in line or
/// an assessment on record, and the staff resolve it.
pub fn review_for_stranger(already_there: bool, record_refuses: bool) -> Option<Review> {
    if already_there {
        Some(Review::Duplicate)
    } else if record_refuses {
        Some(Review::RecordedAssessment)
    } else {
        None
    }
}

/// The longest reason the staff give for a change they make to a registration.
pub const REASON_MAX_CHARS: usize = 300;

#[cfg(test)]
mod tests;
