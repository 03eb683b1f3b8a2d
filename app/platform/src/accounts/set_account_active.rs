use crate::AppError;
use domain::ids::UserId;
use leptos::prelude::*;

/// Disables an account or enables it again.
#[server]
pub async fn set_account_active(id: UserId, active: bool) -> Result<(), AppError> {
    use crate::ssr::{actor::Admin, guard};
    let me: Admin = guard::actor(domain::platform::Permission::ManageAccounts).await?;
    crate::usecase::set_account_active::set_account_active(&guard::context().await?, &me, id, active).await?;
    leptos_axum::redirect(if active {
        "/accounts?done=enabled"
    } else {
        "/accounts?done=disabled"
    });
    Ok(())
}
