//! What every new account is checked for, whoever makes it (the person
//! registering, or an administrator): an e-mail address, a password long
//! enough (hashed here), a display name; and what the database's answer to
//! an address already registered means.

use super::workplaces::OwnWorkplace;
use super::{AppState, StoreError, auth_backend, users};
use crate::AppError;
use crate::ids::UserId;
use domain::platform::{Email, NewPassword, Role, parse_person_name};

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

/// A conflict on the account's unique e-mail address means it is taken.
pub fn email_taken(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(users::EMAIL_KEY) => AppError::EmailTaken,
        other => other.into(),
    }
}

/// What a person registering themselves brings in the form besides the
/// account: the workplace's name and area, where their role's service lets
/// staff register their own workplace (restaurants).
#[derive(Clone, Copy, Debug, Default)]
pub struct WorkplaceForm<'a> {
    pub name: Option<&'a str>,
    pub area: Option<&'a str>,
}

/// A person registering themselves, in a role open to registration; the
/// account and the workplace it brings are created together.
pub async fn register_self(
    state: &AppState,
    account: &Credentials,
    role: Role,
    form: WorkplaceForm<'_>,
) -> Result<users::UserRow, AppError> {
    if !state.workplaces.open_to_registration(role) {
        return Err(AppError::RoleNotAllowed);
    }
    let own = match state.workplaces.of_staff(role) {
        Some(directory) => Some(OwnWorkplace::parse(directory, form.name, form.area)?),
        None => None,
    };
    let user = users::NewUser {
        email: &account.email,
        password_hash: &account.password_hash,
        role,
        display_name: &account.display_name,
        workplace: None,
        is_demo: false,
        must_change_password: false,
    };
    let id = users::register(&state.db, &state.workplaces, user, own.as_ref(), state.clock.now())
        .await
        .map_err(email_taken)?
        .ok_or(AppError::RoleNotAllowed)?;
    users::by_id(&state.db, id).await?.ok_or(AppError::Internal)
}

/// An account an administrator creates, at the workplace chosen for it
/// (by id, among its role's service's workplaces) where its role has one.
pub async fn create_staff(
    state: &AppState,
    account: &Credentials,
    role: Role,
    workplace_id: Option<&str>,
) -> Result<UserId, AppError> {
    let new = users::NewUser {
        email: &account.email,
        password_hash: &account.password_hash,
        role,
        display_name: &account.display_name,
        workplace: chosen_workplace(state, role, workplace_id).await?,
        is_demo: false,
        // The administrator chose it: its holder changes it at sign-in.
        must_change_password: true,
    };
    users::insert(&state.db, new, state.clock.now())
        .await
        .map_err(email_taken)
}

/// The workplace chosen for a staff role: one of its service's directory,
/// required; none for any other role.
async fn chosen_workplace(state: &AppState, role: Role, chosen: Option<&str>) -> Result<Option<i64>, AppError> {
    let Some(directory) = state.workplaces.of_staff(role) else {
        return Ok(None);
    };
    match chosen.and_then(|w| w.trim().parse::<i64>().ok()) {
        Some(id) if directory.exists(&state.db, id).await? => Ok(Some(id)),
        _ => Err(AppError::WorkplaceMissing),
    }
}
