//! Setting a new password for an account whose holder lost theirs: every
//! session of the account ends, and the holder must choose their own at
//! the next sign-in; audited.

use super::set_account_active::managed;
use crate::AppError;
use crate::ssr::actor::Admin;
use crate::ssr::users::{AdminChange, admin_change};
use crate::ssr::{Context, auth_backend};
use domain::ids::UserId;

pub async fn reset_account_password(cx: &Context, me: &Admin, id: UserId, password: &str) -> Result<(), AppError> {
    let target = managed(cx, me, id).await?;
    let password = domain::platform::NewPassword::parse(password)?;
    let hash = auth_backend::hash_password(password.expose().to_owned()).await;
    admin_change(
        &cx.db,
        me.user,
        &target,
        AdminChange::ResetPassword(&hash),
        cx.clock.now(),
    )
    .await?;
    tracing::info!(
        by = me.user.get(),
        account = id.get(),
        "password reset by an administrator"
    );
    Ok(())
}
