//! Accounts. The password hash never leaves this module's row type.

use super::{Db, StoreError, db::violates};
use domain::platform::{Email, Role};

#[derive(Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub display_name: String,
    pub centre_id: Option<i64>,
    pub restaurant_id: Option<i64>,
    pub active: i64,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

impl UserRow {
    pub fn role(&self) -> Role {
        // The CHECK constraint admits only known roles; a parent is the least privileged fallback.
        Role::parse(&self.role).unwrap_or(Role::Parent)
    }
}

const COLUMNS: &str = "id, email, password_hash, role, display_name, centre_id, restaurant_id, active";

pub async fn by_email(db: &Db, email: &Email) -> Result<Option<UserRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE email = $1 AND active = 1");
    Ok(sqlx::query_as(&sql)
        .bind(email.as_str())
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<UserRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1 AND active = 1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await?)
}

pub struct NewUser<'a> {
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: &'a str,
    pub centre_id: Option<i64>,
    pub restaurant_id: Option<i64>,
    pub is_demo: bool,
}

pub async fn insert(db: &Db, u: NewUser<'_>, now: i64) -> Result<i64, StoreError> {
    let res = sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, centre_id, restaurant_id, active, is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) RETURNING id",
    )
    .bind(u.email.as_str())
    .bind(u.password_hash)
    .bind(u.role.as_str())
    .bind(u.display_name)
    .bind(u.centre_id)
    .bind(u.restaurant_id)
    .bind(i64::from(u.is_demo))
    .bind(now)
    .fetch_one(&db.pool)
    .await;
    match res {
        Ok(id) => Ok(id),
        Err(e) if violates(&e, "users_email_key", "users.email") => Err(StoreError::Conflict("users_email_key")),
        Err(e) => Err(e.into()),
    }
}

pub async fn set_password_hash(db: &Db, id: i64, hash: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccountListRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub display_name: String,
    pub workplace_zh: Option<String>,
    pub workplace_en: Option<String>,
}

/// Accounts of the given roles, with their workplace's name.
pub async fn list_by_roles(db: &Db, roles: &[Role]) -> Result<Vec<AccountListRow>, StoreError> {
    let list = roles
        .iter()
        .map(|r| format!("'{}'", r.as_str()))
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT u.id, u.email, u.role, u.display_name,
                COALESCE(c.name_zh_tw, r.name_zh_tw) AS workplace_zh,
                COALESCE(c.name_en, r.name_en) AS workplace_en
         FROM users u
         LEFT JOIN centres c ON c.id = u.centre_id
         LEFT JOIN restaurants r ON r.id = u.restaurant_id
         WHERE u.role IN ({list}) AND u.active = 1
         ORDER BY u.role, u.email"
    );
    Ok(sqlx::query_as(&sql).fetch_all(&db.pool).await?)
}

pub async fn count(db: &Db) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await?)
}
