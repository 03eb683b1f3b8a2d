//! What every new account is checked for, whoever makes it (the person
//! registering, or an administrator): an e-mail address, a password long
//! enough (hashed here), a display name; and what the database's answer to
//! an address already registered means.

use super::{StoreError, auth_backend};
use crate::AppError;
use domain::platform::{Email, NewPassword, parse_person_name};

pub struct Credentials {
    pub email: Email,
    pub password_hash: String,
    pub display_name: String,
}

impl Credentials {
    pub async fn parse(email: &str, password: &str, display_name: &str) -> Result<Self, AppError> {
        let email = Email::parse(email)?;
        let password = NewPassword::parse(password)?;
        let display_name = parse_person_name(display_name).ok_or(AppError::NameInvalid)?;
        let password_hash = auth_backend::hash_password(password.expose().to_owned()).await;
        Ok(Self {
            email,
            password_hash,
            display_name,
        })
    }
}

/// An account's only unique constraint is its e-mail address (`users::insert`
/// names it): a conflict there means the address is taken.
pub fn email_taken(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(_) => AppError::EmailTaken,
        other => other.into(),
    }
}
