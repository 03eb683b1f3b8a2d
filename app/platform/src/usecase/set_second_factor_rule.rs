//! Requiring two-step sign-in of the accounts of a role (one of the
//! administrator's government), or making it optional again; audited.
//! Accounts of that role without it are sent to their account page to turn
//! it on before anything else.

use crate::AppError;
use crate::ssr::actor::Admin;
use crate::ssr::{Context, second_factor};
use domain::Named;
use domain::platform::Role;

pub async fn set_second_factor_rule(cx: &Context, me: &Admin, role: &str, required: bool) -> Result<(), AppError> {
    let role = Role::parse(role).ok_or(AppError::RoleNotAllowed)?;
    if !me.role.second_factor_governed().any(|r| r == role) {
        return Err(AppError::Forbidden);
    }
    second_factor::set_rule(&cx.db, me.user, role, required, cx.clock.now()).await
}
