use crate::AppError;
use crate::account::AccountsView;
use leptos::prelude::*;

/// The accounts this administrator manages.
#[server]
pub async fn list_accounts() -> Result<AccountsView, AppError> {
    use crate::ssr::{actor::Admin, guard};
    let me: Admin = guard::actor(domain::platform::Permission::ManageAccounts).await?;
    crate::usecase::list_accounts::list_accounts(&guard::context().await?, &me).await
}
