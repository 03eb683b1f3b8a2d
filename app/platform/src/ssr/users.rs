//! Accounts. The password hash never leaves this module's row type.

use super::workplaces::{OwnWorkplace, Workplaces};
use super::{Db, StoreError, db::violates};
use domain::Named;
use domain::ids::{CentreId, RestaurantId, UserId};
use domain::platform::{Email, Role};

#[derive(Clone, sqlx::FromRow)]
pub struct UserRow {
    #[sqlx(try_from = "i64")]
    pub id: UserId,
    pub email: String,
    pub password_hash: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub display_name: String,
    #[sqlx(try_from = "crate::ssr::db::NullId")]
    pub centre_id: Option<CentreId>,
    #[sqlx(try_from = "crate::ssr::db::NullId")]
    pub restaurant_id: Option<RestaurantId>,
    /// A reporter's institution.
    pub institution_id: Option<i64>,
    pub active: i64,
    /// A password an administrator set, to be changed at sign-in.
    pub must_change_password: i64,
    /// A demo account (its password is published).
    pub is_demo: i64,
    /// The authenticator app's secret (encrypted), when two-step sign-in is on.
    pub totp_secret: Option<String>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

const COLUMNS: &str =
    "id, email, password_hash, role, display_name, centre_id, restaurant_id, institution_id, active, is_demo,
     must_change_password, totp_secret";

pub async fn by_email(db: &Db, email: &Email) -> Result<Option<UserRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE email = $1 AND active = 1");
    Ok(sqlx::query_as(&sql)
        .bind(email.as_str())
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn by_id(db: &Db, id: UserId) -> Result<Option<UserRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1 AND active = 1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

pub struct NewUser<'a> {
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: &'a str,
    /// The staff account's workplace (a centre, a restaurant or an
    /// institution, by role).
    pub workplace: Option<i64>,
    pub is_demo: bool,
    /// The password was set by an administrator: its holder changes it first.
    pub must_change_password: bool,
}

/// Which workplace column a staff role's account fills:
/// `(centre_id, restaurant_id, institution_id)`.
fn workplace_columns(role: Role, workplace: Option<i64>) -> (Option<i64>, Option<i64>, Option<i64>) {
    match role {
        Role::CentreStaff => (workplace, None, None),
        Role::RestaurantStaff => (None, workplace, None),
        Role::Reporter => (None, None, workplace),
        Role::Parent | Role::CityAdmin | Role::CountyAdmin | Role::CaseManager => (None, None, None),
    }
}

/// The constraint that keeps e-mail addresses unique (the only unique one).
pub const EMAIL_KEY: &str = "users_email_key";

pub async fn insert(db: &Db, u: NewUser<'_>, now: i64) -> Result<UserId, StoreError> {
    let mut conn = db.pool.acquire().await?;
    insert_with(&mut conn, u, now).await
}

/// Inserts the account on a connection (or inside a caller's transaction).
pub async fn insert_with(conn: &mut sqlx::AnyConnection, u: NewUser<'_>, now: i64) -> Result<UserId, StoreError> {
    let (centre_id, restaurant_id, institution_id) = workplace_columns(u.role, u.workplace);
    let res = sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (email, password_hash, role, display_name, centre_id, restaurant_id, institution_id, active, is_demo,
             created_at, must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10) RETURNING id",
    )
    .bind(u.email.as_str())
    .bind(u.password_hash)
    .bind(u.role.as_str())
    .bind(u.display_name)
    .bind(centre_id)
    .bind(restaurant_id)
    .bind(institution_id)
    .bind(i64::from(u.is_demo))
    .bind(now)
    .bind(i64::from(u.must_change_password))
    .fetch_one(&mut *conn)
    .await;
    match res {
        Ok(id) => Ok(UserId::from(id)),
        Err(e) if violates(&e, EMAIL_KEY, "users.email") => Err(StoreError::Conflict(EMAIL_KEY)),
        Err(e) => Err(e.into()),
    }
}

/// A self-registered account with the workplace it brings (a restaurant for
/// restaurant staff), both in the caller's transaction: a taken e-mail
/// leaves no workplace behind. `None` when `user`'s role must bring a workplace and
/// `own` is missing or in none of its service's areas.
pub async fn register(
    tx: &mut super::db::WriteTx,
    workplaces: &Workplaces,
    mut user: NewUser<'_>,
    own: Option<&OwnWorkplace>,
    now: i64,
) -> Result<Option<UserId>, StoreError> {
    if let Some(directory) = workplaces.of_staff(user.role) {
        let Some(own) = own else { return Ok(None) };
        match directory.register(tx, &own.name, &own.area, now).await? {
            Some(id) => user.workplace = Some(id),
            None => return Ok(None),
        }
    }
    insert_with(tx, user, now).await.map(Some)
}

/// The holder's own new password (any password an administrator set is
/// changed with it).
pub async fn set_password_hash(db: &Db, id: UserId, hash: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET password_hash = $1, must_change_password = 0 WHERE id = $2")
        .bind(hash)
        .bind(id.get())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// An account, active or not (for the administrators who manage it).
pub async fn by_id_any(db: &Db, id: UserId) -> Result<Option<UserRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

/// What an administrator does to an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminChange<'a> {
    Disable,
    Enable,
    /// A new password, which its holder must change at the next sign-in.
    ResetPassword(&'a str),
}

impl AdminChange<'_> {
    pub fn audit_action(self) -> &'static str {
        match self {
            AdminChange::Disable => "account_disabled",
            AdminChange::Enable => "account_enabled",
            AdminChange::ResetPassword(_) => "password_reset",
        }
    }
}

/// Applies an administrator's change to `target` and writes its audit row
/// in the same transaction.
pub async fn admin_change(
    db: &Db,
    actor: UserId,
    target: &UserRow,
    change: AdminChange<'_>,
    now: i64,
) -> Result<(), StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let q = match change {
            AdminChange::Disable => sqlx::query("UPDATE users SET active = 0 WHERE id = $1").bind(target.id.get()),
            AdminChange::Enable => sqlx::query("UPDATE users SET active = 1 WHERE id = $1").bind(target.id.get()),
            AdminChange::ResetPassword(hash) => {
                // New credentials: the lost phone's app no longer signs in
                // either; two-step sign-in is set up again (at once, where
                // it is required).
                sqlx::query(
                    "UPDATE users SET password_hash = $2, must_change_password = 1, totp_secret = NULL,
                        totp_last_step = NULL WHERE id = $1",
                )
                .bind(target.id.get())
                .bind(hash)
            }
        };
        q.execute(&mut *tx).await?;
        let entry = super::audit::AuditEntry {
            actor_user_id: actor,
            action: change.audit_action(),
            registration_id: None,
            centre_id: target.centre_id,
            case_id: None,
            detail: &target.email,
        };
        super::audit::record(&mut *tx, entry, now).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccountListRow {
    #[sqlx(try_from = "i64")]
    pub id: UserId,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub display_name: String,
    /// The centre, restaurant or institution the account works at.
    pub workplace_id: Option<i64>,
    pub active: i64,
}

/// Accounts of the given roles, with their workplace.
pub async fn list_by_roles(db: &Db, roles: &[Role]) -> Result<Vec<AccountListRow>, StoreError> {
    let list = roles
        .iter()
        .map(|r| format!("'{}'", r.as_str()))
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT u.id, u.email, u.role, u.display_name, COALESCE(u.centre_id, u.restaurant_id, u.institution_id) AS workplace_id,
                u.active
         FROM users u
         WHERE u.role IN ({list})
         ORDER BY u.active DESC, u.role, u.email"
    );
    Ok(sqlx::query_as(&sql).fetch_all(&db.pool).await?)
}

pub async fn count(db: &Db) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await?)
}
