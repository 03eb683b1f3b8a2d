//! What every new account is checked for, whoever makes it (the person
//! registering, or an administrator): an e-mail address, a password long
//! enough (hashed here), a display name; and what the database's answer to
//! an address already registered means.

use super::outbox::{self, OutgoingMail};
use super::workplaces::OwnWorkplace;
use super::{Context, StoreError, auth_backend, keys, users};
use crate::AppError;
use domain::Named;
use domain::ids::UserId;
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

pub use domain::platform::email::SIGNUP_HOURS;

/// A database error as the answer's error.
fn db(e: sqlx::Error) -> AppError {
    StoreError::from(e).into()
}

/// What a sign-up mails: to confirm a new address, or to tell the holder of
/// an address that already has an account (the form's answer is the same).
pub struct SignupMails {
    pub confirm: Box<dyn Fn(&str) -> OutgoingMail + Send + Sync>,
    pub taken: OutgoingMail,
}

/// A person registering themselves, in a role open to registration. Nothing
/// is created yet: the sign-up waits, and the link mailed to the address
/// finishes it ([`finish_signup`]); for an address that has an account, its
/// holder is told by mail instead. Either way the answer is the same, so the
/// form tells no one which addresses have accounts.
pub async fn begin_signup(
    cx: &Context,
    account: &Credentials,
    role: Role,
    form: WorkplaceForm<'_>,
    mails: SignupMails,
) -> Result<(), AppError> {
    if !cx.workplaces.open_to_registration(role) {
        return Err(AppError::RoleNotAllowed);
    }
    let own = match cx.workplaces.of_staff(role) {
        Some(directory) => Some(OwnWorkplace::parse(directory, form.name, form.area)?),
        None => None,
    };
    let now = cx.clock.now();
    let token = keys::random_token();
    let mut tx = cx.db.begin_write().await.map_err(db)?;
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(account.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .map_err(db)?;
    if taken.is_some() {
        outbox::enqueue(&mut tx, &mails.taken, now).await.map_err(db)?;
    } else {
        sqlx::query(
            "INSERT INTO signups (token_hash, email, password_hash, display_name, role, workplace_name, workplace_area,
                created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(keys::storage_hash(&token))
        .bind(account.email.as_str())
        .bind(&account.password_hash)
        .bind(&account.display_name)
        .bind(role.as_str())
        .bind(own.as_ref().map(|o| o.name.as_str()))
        .bind(own.as_ref().map(|o| o.area.as_str()))
        .bind(now)
        .bind(now + SIGNUP_HOURS * 3600)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
        outbox::enqueue(&mut tx, &(mails.confirm)(&token), now)
            .await
            .map_err(db)?;
    }
    tx.commit().await.map_err(db)?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Pending {
    email: String,
    password_hash: String,
    display_name: String,
    #[sqlx(try_from = "String")]
    role: Role,
    workplace_name: Option<String>,
    workplace_area: Option<String>,
}

/// Finishes a sign-up from the link mailed for it: the account, and the
/// workplace it brings, are created in the transaction that uses the link
/// up. A link unknown, used or expired changes nothing.
pub async fn finish_signup(cx: &Context, token: &str) -> Result<users::UserRow, AppError> {
    let now = cx.clock.now();
    let mut tx = cx.db.begin_write().await.map_err(db)?;
    let pending: Option<Pending> = sqlx::query_as(
        "DELETE FROM signups WHERE token_hash = $1 AND expires_at > $2
         RETURNING email, password_hash, display_name, role, workplace_name, workplace_area",
    )
    .bind(keys::storage_hash(token.trim()))
    .bind(now)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db)?;
    let Some(p) = pending else {
        return Err(AppError::SignupLinkInvalid);
    };
    let email = Email::parse(&p.email)?;
    let own = p
        .workplace_name
        .zip(p.workplace_area)
        .map(|(name, area)| OwnWorkplace { name, area });
    let user = users::NewUser {
        email: &email,
        password_hash: &p.password_hash,
        role: p.role,
        display_name: &p.display_name,
        workplace: None,
        is_demo: false,
        must_change_password: false,
    };
    let id = users::register(&mut tx, &cx.workplaces, user, own.as_ref(), now)
        .await
        .map_err(email_taken)?
        .ok_or(AppError::RoleNotAllowed)?;
    // The other sign-ups waiting for this address can no longer finish.
    sqlx::query("DELETE FROM signups WHERE email = $1")
        .bind(email.as_str())
        .execute(&mut *tx)
        .await
        .map_err(db)?;
    tx.commit().await.map_err(db)?;
    users::by_id(&cx.db, id).await?.ok_or(AppError::Internal)
}

/// Drops sign-ups whose link ran out.
pub async fn forget_expired(db: &super::Db, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM signups WHERE expires_at <= $1")
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}

/// An account an administrator creates, at the workplace chosen for it
/// (by id, among its role's service's workplaces) where its role has one.
pub async fn create_staff(
    cx: &Context,
    account: &Credentials,
    role: Role,
    workplace_id: Option<&str>,
) -> Result<UserId, AppError> {
    let new = users::NewUser {
        email: &account.email,
        password_hash: &account.password_hash,
        role,
        display_name: &account.display_name,
        workplace: chosen_workplace(cx, role, workplace_id).await?,
        is_demo: false,
        // The administrator chose it: its holder changes it at sign-in.
        must_change_password: true,
    };
    users::insert(&cx.db, new, cx.clock.now()).await.map_err(email_taken)
}

/// The workplace chosen for a staff role: one of its service's directory,
/// required; none for any other role.
async fn chosen_workplace(cx: &Context, role: Role, chosen: Option<&str>) -> Result<Option<i64>, AppError> {
    let Some(directory) = cx.workplaces.of_staff(role) else {
        return Ok(None);
    };
    match chosen.and_then(|w| w.trim().parse::<i64>().ok()) {
        Some(id) if directory.exists(&cx.db, id).await? => Ok(Some(id)),
        _ => Err(AppError::WorkplaceMissing),
    }
}
