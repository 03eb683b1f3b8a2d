//! The HTTP status a refusal answers with: a server function that refuses
//! says why in its status as well as in its body, so that a proxy, a log or
//! a monitor tells a wrong password from a fault (only faults are 5xx).

use super::AppError;

impl<S> AppError<S> {
    /// 400 for what was sent, 401 without (or with a wrong) sign-in, 403 for
    /// what the account may not do, 404, 429 when too many, 503 when busy;
    /// 500 only for the server's own faults.
    pub fn http_status(&self) -> u16 {
        use AppError as E;
        match self {
            E::NotSignedIn | E::BadCredentials => 401,
            E::Forbidden | E::RoleNotAllowed | E::PasswordChangeRequired | E::SecondFactorRequired => 403,
            E::NotFound => 404,
            E::RateLimited => 429,
            E::Busy => 503,
            E::Internal | E::Network(_) => 500,
            E::EmailInvalid
            | E::EmailTaken
            | E::SignupLinkInvalid
            | E::CodeRequired
            | E::CodeWrong
            | E::SecondFactorStillRequired
            | E::PasswordTooShort
            | E::PasswordTooLong
            | E::WrongPassword
            | E::NameInvalid
            | E::WorkplaceMissing
            | E::OwnAccount
            | E::OwnWorkplaceIncomplete
            | E::InvalidInput
            | E::ReasonRequired
            | E::Period(_)
            | E::Service(_) => 400,
        }
    }

    /// Seconds to wait before trying again, for the refusals that have one.
    pub fn retry_after(&self) -> Option<u32> {
        match self {
            AppError::RateLimited => Some(60),
            AppError::Busy => Some(5),
            _ => None,
        }
    }
}
