//! The one error type that crosses the wire from server functions to pages,
//! grouped by area: what any page may meet (`AppError`'s own variants), the
//! booking's refusals (`BookingError`) and the meals' (`MealsError`).
//! Internal details are logged on the server; the client only ever sees one of
//! these variants, and shows it translated (`text`: `error_message`, `ErrorText`).

use domain::booking::quota::QuotaError;
use domain::booking::registration::TransitionError;
use domain::booking::triage::{BookingWindow, Ineligible};
use domain::meals::MealError;
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

mod forms;
mod text;

pub use forms::{action_error, posted_error, typed_back};
pub use text::{ErrorText, FieldError, clinic_label, described_by, error_message, field_invalid, ineligible_text};

/// A family's own active booking, shown when they try to book the child again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnBooking {
    pub centre: domain::Bilingual,
    pub date: chrono::NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    // What every page and service may meet: access, the database, forms, accounts.
    #[error("not signed in")]
    NotSignedIn,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("bad credentials")]
    BadCredentials,
    #[error("rate limited")]
    RateLimited,
    #[error("busy")]
    Busy,
    #[error("internal error")]
    Internal,
    #[error("network: {0}")]
    Network(String),
    #[error("invalid e-mail")]
    EmailInvalid,
    #[error("e-mail taken")]
    EmailTaken,
    #[error("sign-up link unknown, used or expired")]
    SignupLinkInvalid,
    #[error("one-time code required")]
    CodeRequired,
    #[error("one-time code wrong or used")]
    CodeWrong,
    #[error("two-step sign-in required")]
    SecondFactorRequired,
    #[error("two-step sign-in cannot be turned off: required")]
    SecondFactorStillRequired,
    #[error("password too short")]
    PasswordTooShort,
    #[error("password too long")]
    PasswordTooLong,
    #[error("wrong password")]
    WrongPassword,
    #[error("invalid name")]
    NameInvalid,
    #[error("role not allowed")]
    RoleNotAllowed,
    #[error("workplace missing")]
    WorkplaceMissing,
    /// The account's password was set by an administrator and must be changed first.
    #[error("password change required")]
    PasswordChangeRequired,
    /// An administrator may not disable their own account.
    #[error("own account")]
    OwnAccount,
    /// Someone registering a workplace of their own left out its name or its place.
    #[error("own workplace incomplete")]
    OwnWorkplaceIncomplete,
    #[error("invalid input")]
    InvalidInput,
    #[error("reason required")]
    ReasonRequired,
    /// A dashboard's period of months.
    #[error(transparent)]
    Period(#[from] domain::stats::PeriodError),
    #[error(transparent)]
    Booking(#[from] BookingError),
    #[error(transparent)]
    Meals(#[from] MealsError),
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

/// The low-carbon meals' refusals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum MealsError {
    #[error("meal: {0}")]
    Meal(MealError),
    #[error("standard invalid: {0}")]
    StandardInvalid(String),
    #[error("meal name invalid")]
    MealNameInvalid,
    #[error("supplier: {0}")]
    Supplier(domain::meals::supplier::SupplierError),
    #[error("listing: {0}")]
    Listing(domain::meals::listing::ListingError),
    #[error("certification: {0}")]
    Certification(domain::meals::certificate::CertificationError),
    /// The supplier named for this item (0-based) is not on the restaurant's list.
    #[error("item {item}: supplier not on the list")]
    SupplierNotListed { item: usize },
}

impl AppError {
    /// The form field the error is about (its `name` in the form), when it is
    /// about one: the form shows the message under that field as well as in
    /// its summary, and marks the field invalid.
    pub fn field(&self) -> Option<&'static str> {
        use {AppError as E, BookingError as B};
        Some(match self {
            E::EmailInvalid | E::EmailTaken => "email",
            E::CodeRequired | E::CodeWrong => "code",
            E::PasswordTooShort | E::PasswordTooLong => "password",
            E::WrongPassword => "current_password",
            E::NameInvalid => "display_name",
            E::ReasonRequired => "reason",
            E::Period(_) => "from",
            E::Booking(B::NationalIdFormat | B::NationalIdChecksum) => "national_id",
            E::Booking(B::PhoneInvalid) => "phone",
            E::Booking(B::ChildNameInvalid) => "child_name",
            E::Booking(B::BirthDateFuture | B::ScreeningTooYoung | B::ScreeningTooOld) => "birth_date",
            E::Booking(B::DueDateImplausible) => "due_date",
            E::Booking(B::ReportInvalid(domain::booking::report::ReportError::NoteTooLong)) => "note",
            E::Booking(B::ReportInvalid(domain::booking::report::ReportError::ReassessOutOfRange)) => "reassess_on",
            E::Booking(B::ReportInvalid(_)) => "written_on",
            E::Booking(B::GuardianNameInvalid) => "guardian_name",
            E::Booking(B::WishMissing) => "wish_centre",
            E::Booking(B::ChannelInvalid(domain::booking::contact::ChannelError::NoEmail)) => "email",
            E::Booking(B::ChannelInvalid(_)) => "phone",
            E::Booking(B::ReferralInvalid(r)) => {
                use domain::booking::case::ReferralError as R;
                match r {
                    R::BirthInFuture | R::ChildTooOld => "birth_date",
                    R::ObservedInFuture | R::ObservedBeforeBirth => "observed_on",
                    R::ObservationMissing | R::ObservationTooLong => "observation",
                    R::NoDomain => "domains",
                }
            }
            E::Booking(B::CaseInvalid(c)) => {
                use domain::booking::case::CaseError as C;
                match c {
                    C::ContactInFuture | C::ContactBeforeOpening => "on",
                    C::NoteTooLong => "note",
                    C::NotAssessed => "outcome",
                    C::Closed => return None,
                }
            }
            E::Meals(MealsError::Supplier(e)) => {
                use domain::meals::supplier::SupplierError as S;
                match e {
                    S::NameInvalid => "name_zh",
                    S::LocationOutsideTaiwan => "lat",
                    S::CertificateInvalid | S::CertificateExpired => "certificate_number",
                    S::SeasonInvalid => "from_month",
                }
            }
            E::Meals(MealsError::Certification(e)) => {
                use domain::meals::certificate::CertificationError as C;
                match e {
                    C::SeasonalChangesInvalid => "seasonal_changes",
                    C::EvidenceInvalid => "waste_evidence",
                    C::ReasonRequired | C::ReasonInvalid => "reason",
                    C::LevelRequired => "level",
                    C::CriteriaInvalid => "max_average_kg",
                    C::NotApplicable | C::AlreadyOpen => return None,
                }
            }
            E::Meals(MealsError::Listing(domain::meals::listing::ListingError::ReasonRequired)) => "reason",
            E::Meals(MealsError::Listing(domain::meals::listing::ListingError::ReasonInvalid)) => "reason",
            _ => return None,
        })
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(m) | ServerFnErrorErr::Response(m) => AppError::Network(m),
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => AppError::InvalidInput,
            _ => AppError::Internal,
        }
    }
}

impl From<domain::platform::email::EmailError> for AppError {
    fn from(_: domain::platform::email::EmailError) -> Self {
        AppError::EmailInvalid
    }
}

impl From<domain::platform::password::PasswordError> for AppError {
    fn from(e: domain::platform::password::PasswordError) -> Self {
        match e {
            domain::platform::password::PasswordError::TooShort => AppError::PasswordTooShort,
            domain::platform::password::PasswordError::TooLong => AppError::PasswordTooLong,
        }
    }
}

impl From<MealError> for AppError {
    fn from(e: MealError) -> Self {
        AppError::Meals(MealsError::Meal(e))
    }
}

pub type AppResult<T> = Result<T, AppError>;
