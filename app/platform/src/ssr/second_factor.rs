//! Two-step sign-in: after the password, a six-digit code from an
//! authenticator app (TOTP, RFC 6238: SHA-1, 30-second steps, one step of
//! clock drift either way), computed by totp-rs. The app's secret is kept
//! encrypted with the server's key; the last accepted time step is kept so
//! that a code signs in once. An administrator can require it for the roles
//! of their government (`Role::second_factor_governed`).

use super::{Context, Db, StoreError, audit, users};
use crate::AppError;
use domain::Named;
use domain::ids::UserId;
use domain::platform::Role;

/// Where a session keeps the secret offered for setting up the app, until
/// the app's first code turns two-step sign-in on with it.
pub const PENDING_SECRET: &str = "totp_pending";

/// `issuer`: the name the authenticator app shows above the code (only a
/// label: the codes depend on the secret alone).
fn totp(secret: &str, account: &str, issuer: Option<&str>) -> Option<totp_rs::Totp> {
    let secret = totp_rs::Secret::try_from_base32(secret).ok()?;
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(issuer)
        .build()
        .ok()
}

/// The issuer an authenticator app shows: the installation's governments
/// (their short names in English, from their profiles, and `Public Services`).
pub fn issuer(installation: &domain::platform::profile::Installation) -> String {
    format!("{} Public Services", installation.short_names(domain::text::Lang::En))
}

/// A new secret for an authenticator app (160 random bits), in base32.
pub fn new_secret() -> String {
    totp_rs::Secret::generate().to_base32()
}

/// The `otpauth://` address an authenticator app reads (as a link or a QR code).
pub fn setup_url(secret: &str, account: &str, issuer: &str) -> Option<String> {
    totp(secret, account, Some(issuer))?.to_url().ok()
}

/// The time step of the code at `now` (seconds), if `code` is the app's code
/// then (one step of drift allowed either way).
pub fn step_of(secret: &str, account: &str, code: &str, now: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let step = totp(secret, account, None)?.check(&code, u64::try_from(now).ok()?)?;
    i64::try_from(step).ok()
}

/// The code at `now` (for tests and the demo).
pub fn code_at(secret: &str, account: &str, now: i64) -> Option<String> {
    Some(
        totp(secret, account, None)?
            .generate(u64::try_from(now).ok()?)
            .to_string(),
    )
}

/// Whether the roles' government requires two-step sign-in of `role`.
pub async fn required(db: &Db, role: Role) -> Result<bool, StoreError> {
    let row: Option<i64> = sqlx::query_scalar("SELECT 1 FROM second_factor_rules WHERE role = $1")
        .bind(role.as_str())
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

/// The roles whose two-step sign-in is required.
pub async fn required_roles(db: &Db) -> Result<Vec<Role>, StoreError> {
    let rows: Vec<String> = sqlx::query_scalar("SELECT role FROM second_factor_rules")
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().filter_map(|r| Role::parse(r)).collect())
}

/// The administrator requires (or no longer requires) two-step sign-in of
/// `role`, one of theirs; the rule and its audit row commit together.
pub async fn set_rule(store: &Db, admin: UserId, role: Role, require: bool, now: i64) -> Result<(), AppError> {
    let db = |e: sqlx::Error| AppError::from(StoreError::from(e));
    let mut tx = store.begin_write().await.map_err(db)?;
    let changed = if require {
        sqlx::query(
            "INSERT INTO second_factor_rules (role, set_by, set_at) VALUES ($1, $2, $3) ON CONFLICT (role) DO NOTHING",
        )
        .bind(role.as_str())
        .bind(admin.get())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(db)?
    } else {
        sqlx::query("DELETE FROM second_factor_rules WHERE role = $1")
            .bind(role.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db)?
    };
    if changed.rows_affected() == 1 {
        let entry = audit::AuditEntry {
            actor_user_id: admin,
            action: if require {
                "second_factor_required"
            } else {
                "second_factor_optional"
            },
            registration_id: None,
            centre_id: None,
            case_id: None,
            detail: role.as_str(),
        };
        audit::record(&mut *tx, entry, now).await?;
    }
    tx.commit().await.map_err(db)?;
    Ok(())
}

/// Turns the account's two-step sign-in on with `secret` (encrypted by the
/// caller), or off with `None`; audited with the account.
pub async fn set_secret(store: &Db, user: UserId, secret_enc: Option<&str>, now: i64) -> Result<(), AppError> {
    let db = |e: sqlx::Error| AppError::from(StoreError::from(e));
    let mut tx = store.begin_write().await.map_err(db)?;
    sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
        .bind(secret_enc)
        .bind(user.get())
        .execute(&mut *tx)
        .await
        .map_err(db)?;
    let entry = audit::AuditEntry {
        actor_user_id: user,
        action: if secret_enc.is_some() {
            "second_factor_on"
        } else {
            "second_factor_off"
        },
        registration_id: None,
        centre_id: None,
        case_id: None,
        detail: "",
    };
    audit::record(&mut *tx, entry, now).await?;
    tx.commit().await.map_err(db)?;
    Ok(())
}

/// Accepts the code of `step` for the account once: a conditional write,
/// so the same code (or an older one) used again, even at the same moment,
/// is refused.
pub async fn accept_step(db: &Db, user: UserId, step: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(user.get())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Checks the code given at sign-in for an account with two-step sign-in:
/// missing, wrong or used already is refused.
pub async fn check_sign_in(cx: &Context, row: &users::UserRow, code: Option<&str>) -> Result<(), AppError> {
    let Some(enc) = &row.totp_secret else {
        return Ok(());
    };
    let code = code
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or(AppError::CodeRequired)?;
    let secret = cx.keys.decrypt(enc).ok_or_else(|| {
        tracing::error!(
            stored_key = super::keys::Keys::key_id_of(enc).unwrap_or("none"),
            current_key = cx.keys.id(),
            "an authenticator secret opens with no key"
        );
        AppError::Internal
    })?;
    let step = step_of(&secret, &row.email, code, cx.clock.now()).ok_or(AppError::CodeWrong)?;
    if accept_step(&cx.db, row.id, step).await? {
        Ok(())
    } else {
        Err(AppError::CodeWrong)
    }
}
