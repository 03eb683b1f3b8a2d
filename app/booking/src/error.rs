//! The booking service's refusals: each one's words and the form field it
//! is about (`platform::error::Refusal`), and the error its server functions
//! answer with (`AppError`: the platform's errors and these).

mod text;

use domain::booking::quota::QuotaError;
use domain::booking::registration::TransitionError;
use domain::booking::triage::{BookingWindow, Ineligible};
use serde::{Deserialize, Serialize};

/// What a booking server function answers when it fails.
pub type AppError = platform::AppError<BookingError>;

/// A family's own active booking, shown when they try to book the child again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnBooking {
    pub centre: domain::Bilingual,
    pub date: chrono::NaiveDate,
}

/// The early-intervention booking's refusals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum BookingError {
    #[error("national ID format")]
    NationalIdFormat,
    #[error("national ID checksum")]
    NationalIdChecksum,
    #[error("birth date in the future")]
    BirthDateFuture,
    #[error("due date implausible")]
    DueDateImplausible,
    #[error("date invalid")]
    DateInvalid,
    #[error("phone invalid")]
    PhoneInvalid,
    #[error("child name invalid")]
    ChildNameInvalid,
    #[error("day full")]
    DayFull,
    #[error("day closed")]
    DayClosed,
    #[error("hold expired")]
    HoldExpired,
    #[error("place reserved for under-3s")]
    ReservedForUnderThree,
    #[error("outside the booking window")]
    OutsideWindow(BookingWindow),
    #[error("not eligible")]
    NotEligible(Ineligible),
    #[error("no joint assessment needed")]
    NoJointAssessmentNeeded,
    #[error("a single specialty clinic first")]
    SingleSpecialtyFirst(domain::booking::triage::SpecialtyClinic),
    #[error("no area of concern marked")]
    NoConcernMarked,
    #[error("the booking answers have expired")]
    StartAgain,
    #[error("child already booked")]
    ChildAlreadyBooked(Option<OwnBooking>),
    #[error("reference invalid")]
    ReferenceInvalid,
    #[error("no matching booking")]
    InquiryNoMatch,
    #[error("cannot change: {0:?}")]
    CannotChange(TransitionError),
    #[error("quota shrink refused")]
    QuotaShrink { taken_general: u32, taken_reserved: u32 },
    #[error("quota invalid")]
    QuotaInvalid(QuotaError),
    #[error("session plan invalid")]
    PlanInvalid,
    #[error("clinic day exists")]
    DayExists,
    #[error("date range invalid")]
    DateRangeInvalid,
    #[error("too young for the checklist")]
    ScreeningTooYoung,
    #[error("past the checklist's ages")]
    ScreeningTooOld,
    /// Checklist items left unanswered, by number.
    #[error("checklist items unanswered: {0:?}")]
    ScreeningUnanswered(Vec<u8>),
    #[error("report invalid: {0}")]
    ReportInvalid(domain::booking::report::ReportError),
    #[error("referral invalid: {0}")]
    ReferralInvalid(domain::booking::case::ReferralError),
    #[error("guardian's name invalid")]
    GuardianNameInvalid,
    #[error("case change invalid: {0}")]
    CaseInvalid(domain::booking::case::CaseError),
    #[error("the case is closed")]
    CaseClosed,
    #[error("contact channel: {0}")]
    ChannelInvalid(domain::booking::contact::ChannelError),
    #[error("the child is on the waitlist already")]
    AlreadyWaiting,
    #[error("no centre or district wished for")]
    WishMissing,
    #[error("no open offer")]
    NoOpenOffer,
    /// This client holds as many places as it may at once.
    #[error("too many holds")]
    TooManyHolds,
    /// Too many wrong birth dates for this reference (`domain::booking::guesses`).
    #[error("reference locked")]
    ReferenceLocked,
}

impl platform::error::Service for BookingError {}

impl platform::error::Refusal for BookingError {
    fn message(&self, locale: i18n::Locale) -> String {
        text::message(locale, self)
    }

    fn field(&self) -> Option<&'static str> {
        use BookingError as B;
        Some(match self {
            B::NationalIdFormat | B::NationalIdChecksum => "national_id",
            B::PhoneInvalid => "phone",
            B::ChildNameInvalid => "child_name",
            B::BirthDateFuture | B::ScreeningTooYoung | B::ScreeningTooOld => "birth_date",
            B::DueDateImplausible => "due_date",
            B::ReportInvalid(domain::booking::report::ReportError::NoteTooLong) => "note",
            B::ReportInvalid(domain::booking::report::ReportError::ReassessOutOfRange) => "reassess_on",
            B::ReportInvalid(_) => "written_on",
            B::GuardianNameInvalid => "guardian_name",
            B::WishMissing => "wish_centre",
            B::ChannelInvalid(domain::booking::contact::ChannelError::NoEmail) => "email",
            B::ChannelInvalid(_) => "phone",
            B::ReferralInvalid(r) => {
                use domain::booking::case::ReferralError as R;
                match r {
                    R::BirthInFuture | R::ChildTooOld => "birth_date",
                    R::ObservedInFuture | R::ObservedBeforeBirth => "observed_on",
                    R::ObservationMissing | R::ObservationTooLong => "observation",
                    R::NoDomain => "domains",
                }
            }
            B::CaseInvalid(c) => {
                use domain::booking::case::CaseError as C;
                match c {
                    C::ContactInFuture | C::ContactBeforeOpening => "on",
                    C::NoteTooLong => "note",
                    C::NotAssessed => "outcome",
                    C::Closed => return None,
                }
            }
            _ => return None,
        })
    }
}

impl From<domain::booking::age::AgeError> for BookingError {
    fn from(e: domain::booking::age::AgeError) -> Self {
        use domain::booking::age::AgeError;
        match e {
            AgeError::NotBornYet => BookingError::BirthDateFuture,
            AgeError::ImplausibleDueDate => BookingError::DueDateImplausible,
        }
    }
}

impl From<domain::booking::national_id::NationalIdError> for BookingError {
    fn from(e: domain::booking::national_id::NationalIdError) -> Self {
        use domain::booking::national_id::NationalIdError;
        match e {
            NationalIdError::Format => BookingError::NationalIdFormat,
            NationalIdError::Checksum => BookingError::NationalIdChecksum,
        }
    }
}

impl From<domain::booking::contact::ChannelError> for BookingError {
    fn from(e: domain::booking::contact::ChannelError) -> Self {
        BookingError::ChannelInvalid(e)
    }
}

impl From<QuotaError> for BookingError {
    fn from(e: QuotaError) -> Self {
        BookingError::QuotaInvalid(e)
    }
}

impl From<TransitionError> for BookingError {
    fn from(e: TransitionError) -> Self {
        BookingError::CannotChange(e)
    }
}

impl From<domain::booking::report::ReportError> for BookingError {
    fn from(e: domain::booking::report::ReportError) -> Self {
        BookingError::ReportInvalid(e)
    }
}

impl From<domain::booking::case::ReferralError> for BookingError {
    fn from(e: domain::booking::case::ReferralError) -> Self {
        BookingError::ReferralInvalid(e)
    }
}

impl From<domain::booking::case::CaseError> for BookingError {
    fn from(e: domain::booking::case::CaseError) -> Self {
        BookingError::CaseInvalid(e)
    }
}

/// The triage's refusal of a day.
impl From<domain::booking::triage::DayRefusal> for BookingError {
    fn from(r: domain::booking::triage::DayRefusal) -> Self {
        use domain::booking::triage::DayRefusal;
        match r {
            DayRefusal::OutsideWindow(w) => BookingError::OutsideWindow(w),
            DayRefusal::NotEligible(i) => BookingError::NotEligible(i),
            DayRefusal::NoJointAssessmentNeeded => BookingError::NoJointAssessmentNeeded,
        }
    }
}

/// The self-screening's age bands.
impl From<domain::booking::screening::BandError> for BookingError {
    fn from(e: domain::booking::screening::BandError) -> Self {
        use domain::booking::screening::BandError;
        match e {
            BandError::TooYoung => BookingError::ScreeningTooYoung,
            BandError::TooOld => BookingError::ScreeningTooOld,
            BandError::Age(_) => BookingError::DueDateImplausible,
        }
    }
}
