//! An administrator creates a staff or administrator account of their
//! government, with a password its holder changes at the first sign-in.

use crate::AppError;
use crate::ssr::Context;
use crate::ssr::actor::Admin;
use crate::ssr::signup::{Credentials, create_staff};
use domain::Named;
use domain::platform::Role;

/// What the form sends.
pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub role: String,
    pub workplace_id: Option<String>,
}

pub async fn create_account(cx: &Context, me: &Admin, form: NewAccount) -> Result<(), AppError> {
    let role = Role::parse(&form.role)
        .filter(|r| me.role.may_create(*r))
        .ok_or(AppError::RoleNotAllowed)?;
    let account = Credentials::parse(&form.email, &form.password, &form.display_name).await?;
    create_staff(cx, &account, role, form.workplace_id.as_deref()).await?;
    tracing::info!(
        by = me.user.get(),
        role = role.as_str(),
        "account created by an administrator"
    );
    Ok(())
}
