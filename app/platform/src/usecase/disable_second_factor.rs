//! Turning two-step sign-in off, with the password and a current code from
//! the app (the password alone, which may be what leaked, is not enough);
//! refused while the account's government requires it.

use crate::AppError;
use crate::ssr::actor::Account;
use crate::ssr::auth_backend::{self, SessionUser};
use crate::ssr::{Context, second_factor, users};

/// The account as it is now, for the caller to sign in again.
pub async fn disable_second_factor(
    cx: &Context,
    Account(me): &Account,
    password: String,
    code: Option<String>,
) -> Result<SessionUser, AppError> {
    if !cx
        .limits
        .login_allowed(&format!("pwchange:{}:{}", me.id, cx.client))
        .await
    {
        return Err(AppError::RateLimited);
    }
    if second_factor::required(&cx.db, me.role).await? {
        return Err(AppError::SecondFactorStillRequired);
    }
    let row = users::by_id(&cx.db, me.id).await?.ok_or(AppError::NotSignedIn)?;
    if !auth_backend::verify_password(password, row.password_hash.clone()).await {
        return Err(AppError::WrongPassword);
    }
    second_factor::check_sign_in(cx, &row, code.as_deref()).await?;
    second_factor::set_secret(&cx.db, me.id, None, cx.clock.now()).await?;
    let fresh = users::by_id(&cx.db, me.id).await?.ok_or(AppError::Internal)?;
    tracing::info!(user_id = me.id.get(), "two-step sign-in turned off");
    Ok(fresh.into())
}
