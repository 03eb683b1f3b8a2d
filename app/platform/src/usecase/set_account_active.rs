//! Disabling an account (it cannot sign in, and its sessions end at their
//! next request) or enabling it again; audited.

use crate::AppError;
use crate::ssr::Context;
use crate::ssr::actor::Admin;
use crate::ssr::users::{self, AdminChange, UserRow, admin_change};
use domain::ids::UserId;

pub async fn set_account_active(cx: &Context, me: &Admin, id: UserId, active: bool) -> Result<(), AppError> {
    let target = managed(cx, me, id).await?;
    let change = if active {
        AdminChange::Enable
    } else {
        AdminChange::Disable
    };
    admin_change(&cx.db, me.user, &target, change, cx.clock.now()).await?;
    tracing::info!(
        by = me.user.get(),
        account = id.get(),
        action = change.audit_action(),
        "account changed"
    );
    Ok(())
}

/// The account `id`, if this administrator may manage it (a role it may
/// create; never its own account).
pub(crate) async fn managed(cx: &Context, me: &Admin, id: UserId) -> Result<UserRow, AppError> {
    if id == me.user {
        return Err(AppError::OwnAccount);
    }
    users::by_id_any(&cx.db, id)
        .await?
        .filter(|u| me.role.may_create(u.role))
        .ok_or(AppError::NotFound)
}
