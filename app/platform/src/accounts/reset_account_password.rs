use crate::AppError;
use domain::ids::UserId;
use leptos::prelude::*;

/// Sets a new password for an account whose holder lost theirs.
#[server]
pub async fn reset_account_password(id: UserId, password: String) -> Result<(), AppError> {
    use crate::ssr::{actor::Admin, guard};
    let me: Admin = guard::actor(domain::platform::Permission::ManageAccounts).await?;
    let cx = guard::context().await?;
    crate::usecase::reset_account_password::reset_account_password(&cx, &me, id, &password).await?;
    leptos_axum::redirect("/accounts?done=reset");
    Ok(())
}
