//! Changing one's own password with the current one.

use crate::AppError;
use crate::ssr::actor::Account;
use crate::ssr::auth_backend::{self, SessionUser};
use crate::ssr::{Context, users};

/// The account as it is now: the session carries a hash of the password,
/// so signing in again renews it here, and every other session of the
/// account ends.
pub async fn change_password(
    cx: &Context,
    Account(me): &Account,
    current: String,
    new: &str,
) -> Result<SessionUser, AppError> {
    if !cx
        .limits
        .login_allowed(&format!("pwchange:{}:{}", me.id, cx.client))
        .await
    {
        return Err(AppError::RateLimited);
    }
    let row = users::by_id(&cx.db, me.id).await?.ok_or(AppError::NotSignedIn)?;
    if !auth_backend::verify_password(current, row.password_hash.clone()).await {
        return Err(AppError::WrongPassword);
    }
    let new = domain::platform::NewPassword::parse(new)?;
    let hash = auth_backend::hash_password(new.expose().to_owned()).await;
    users::set_password_hash(&cx.db, me.id, &hash).await?;
    let fresh = users::by_id(&cx.db, me.id).await?.ok_or(AppError::Internal)?;
    tracing::info!(user_id = me.id.get(), "password changed");
    Ok(fresh.into())
}
