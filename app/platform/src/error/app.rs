//! The error type and the trait a service's refusals implement.

use i18n::Locale;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};
use std::fmt::Debug;

/// A service's own refusals: what each says to the reader, and which form
/// field (its `name` in the form) it is about, when it is about one.
pub trait Refusal:
    Clone + Debug + PartialEq + Serialize + DeserializeOwned + std::error::Error + Send + Sync + 'static
{
    /// The translated sentence.
    fn message(&self, locale: Locale) -> String;
    /// The form field the refusal is about.
    fn field(&self) -> Option<&'static str> {
        None
    }
}

/// A service's refusals (every [`Refusal`] but the platform's [`Never`]): an
/// error of the platform becomes one of the service's with `?`.
pub trait Service: Refusal {}

/// The platform's own pages refuse nothing of a service's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum Never {}

impl Refusal for Never {
    fn message(&self, _: Locale) -> String {
        match *self {}
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(bound(deserialize = "S: DeserializeOwned", serialize = "S: Serialize"))]
pub enum AppError<S = Never> {
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
    Period(domain::stats::PeriodError),
    /// The service's own refusal.
    #[error(transparent)]
    Service(S),
}

impl<S: Refusal> AppError<S> {
    /// The form field the error is about (its `name` in the form), when it is
    /// about one: the form shows the message under that field as well as in
    /// its summary, and marks the field invalid.
    pub fn field(&self) -> Option<&'static str> {
        use AppError as E;
        Some(match self {
            E::EmailInvalid | E::EmailTaken => "email",
            E::CodeRequired | E::CodeWrong => "code",
            E::PasswordTooShort | E::PasswordTooLong => "password",
            E::WrongPassword => "current_password",
            E::NameInvalid => "display_name",
            E::ReasonRequired => "reason",
            E::Period(_) => "from",
            E::Service(s) => return s.field(),
            _ => return None,
        })
    }
}

impl<S: Service> AppError<S> {
    /// The platform's part of an error, when it is not the service's.
    pub fn platform(&self) -> Option<AppError> {
        self.clone().try_into().ok()
    }
}

impl<S: Service> From<AppError> for AppError<S> {
    fn from(e: AppError) -> Self {
        use AppError as E;
        match e {
            E::NotSignedIn => E::NotSignedIn,
            E::Forbidden => E::Forbidden,
            E::NotFound => E::NotFound,
            E::BadCredentials => E::BadCredentials,
            E::RateLimited => E::RateLimited,
            E::Busy => E::Busy,
            E::Internal => E::Internal,
            E::Network(m) => E::Network(m),
            E::EmailInvalid => E::EmailInvalid,
            E::EmailTaken => E::EmailTaken,
            E::SignupLinkInvalid => E::SignupLinkInvalid,
            E::CodeRequired => E::CodeRequired,
            E::CodeWrong => E::CodeWrong,
            E::SecondFactorRequired => E::SecondFactorRequired,
            E::SecondFactorStillRequired => E::SecondFactorStillRequired,
            E::PasswordTooShort => E::PasswordTooShort,
            E::PasswordTooLong => E::PasswordTooLong,
            E::WrongPassword => E::WrongPassword,
            E::NameInvalid => E::NameInvalid,
            E::RoleNotAllowed => E::RoleNotAllowed,
            E::WorkplaceMissing => E::WorkplaceMissing,
            E::PasswordChangeRequired => E::PasswordChangeRequired,
            E::OwnAccount => E::OwnAccount,
            E::OwnWorkplaceIncomplete => E::OwnWorkplaceIncomplete,
            E::InvalidInput => E::InvalidInput,
            E::ReasonRequired => E::ReasonRequired,
            E::Period(p) => E::Period(p),
            E::Service(never) => match never {},
        }
    }
}

/// A service's error as the platform's, when it is one of the platform's own.
impl<S: Service> TryFrom<AppError<S>> for AppError {
    type Error = S;
    fn try_from(e: AppError<S>) -> Result<Self, S> {
        use AppError as E;
        Ok(match e {
            E::NotSignedIn => E::NotSignedIn,
            E::Forbidden => E::Forbidden,
            E::NotFound => E::NotFound,
            E::BadCredentials => E::BadCredentials,
            E::RateLimited => E::RateLimited,
            E::Busy => E::Busy,
            E::Internal => E::Internal,
            E::Network(m) => E::Network(m),
            E::EmailInvalid => E::EmailInvalid,
            E::EmailTaken => E::EmailTaken,
            E::SignupLinkInvalid => E::SignupLinkInvalid,
            E::CodeRequired => E::CodeRequired,
            E::CodeWrong => E::CodeWrong,
            E::SecondFactorRequired => E::SecondFactorRequired,
            E::SecondFactorStillRequired => E::SecondFactorStillRequired,
            E::PasswordTooShort => E::PasswordTooShort,
            E::PasswordTooLong => E::PasswordTooLong,
            E::WrongPassword => E::WrongPassword,
            E::NameInvalid => E::NameInvalid,
            E::RoleNotAllowed => E::RoleNotAllowed,
            E::WorkplaceMissing => E::WorkplaceMissing,
            E::PasswordChangeRequired => E::PasswordChangeRequired,
            E::OwnAccount => E::OwnAccount,
            E::OwnWorkplaceIncomplete => E::OwnWorkplaceIncomplete,
            E::InvalidInput => E::InvalidInput,
            E::ReasonRequired => E::ReasonRequired,
            E::Period(p) => E::Period(p),
            E::Service(s) => return Err(s),
        })
    }
}

impl<S: Service> From<S> for AppError<S> {
    fn from(s: S) -> Self {
        AppError::Service(s)
    }
}

impl<S> From<domain::stats::PeriodError> for AppError<S> {
    fn from(e: domain::stats::PeriodError) -> Self {
        AppError::Period(e)
    }
}

impl<S> From<domain::platform::email::EmailError> for AppError<S> {
    fn from(_: domain::platform::email::EmailError) -> Self {
        AppError::EmailInvalid
    }
}

impl<S> From<domain::platform::password::PasswordError> for AppError<S> {
    fn from(e: domain::platform::password::PasswordError) -> Self {
        match e {
            domain::platform::password::PasswordError::TooShort => AppError::PasswordTooShort,
            domain::platform::password::PasswordError::TooLong => AppError::PasswordTooLong,
        }
    }
}

impl<S: Refusal> FromServerFnError for AppError<S> {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(m) | ServerFnErrorErr::Response(m) => AppError::Network(m),
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => AppError::InvalidInput,
            _ => AppError::Internal,
        }
    }
}

pub type AppResult<T, S = Never> = Result<T, AppError<S>>;
