use crate::AppError;
use leptos::prelude::*;

/// Creates a staff or administrator account of this administrator's government.
#[server]
pub async fn create_account(
    email: String,
    display_name: String,
    password: String,
    role: String,
    workplace_id: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{actor::Admin, guard};
    use crate::usecase::create_account::{NewAccount, create_account};
    let me: Admin = guard::actor(domain::platform::Permission::ManageAccounts).await?;
    let form = NewAccount {
        email,
        display_name,
        password,
        role,
        workplace_id,
    };
    create_account(&guard::context().await?, &me, form).await?;
    leptos_axum::redirect("/accounts?created=1");
    Ok(())
}
