//! Turning two-step sign-in on with the secret offered, once the app shows
//! the right code for it.

use crate::AppError;
use crate::ssr::actor::Account;
use crate::ssr::auth_backend::SessionUser;
use crate::ssr::{Context, second_factor, users};

/// `secret`: the one the session offered; the account as it is now, for
/// the caller to sign in again.
pub async fn enable_second_factor(
    cx: &Context,
    Account(me): &Account,
    secret: Option<String>,
    code: &str,
) -> Result<SessionUser, AppError> {
    if !me.role.may_use_second_factor() {
        return Err(AppError::Forbidden);
    }
    if !cx.limits.login_allowed(&format!("totp-on:{}", me.id)).await {
        return Err(AppError::RateLimited);
    }
    let secret = secret.ok_or(AppError::CodeWrong)?;
    let step = second_factor::step_of(&secret, &me.email, code, cx.clock.now()).ok_or(AppError::CodeWrong)?;
    second_factor::set_secret(&cx.db, me.id, Some(&cx.keys.encrypt(&secret)), cx.clock.now()).await?;
    // The code just shown does not sign in again.
    second_factor::accept_step(&cx.db, me.id, step).await?;
    let fresh = users::by_id(&cx.db, me.id).await?.ok_or(AppError::Internal)?;
    tracing::info!(user_id = me.id.get(), "two-step sign-in turned on");
    Ok(fresh.into())
}
