use crate::AppError;
use leptos::prelude::*;

/// Requires two-step sign-in of the accounts of `role`, or makes it optional again.
#[server]
pub async fn set_second_factor_rule(role: String, #[server(default)] required: bool) -> Result<(), AppError> {
    use crate::ssr::{actor::Admin, guard};
    let me: Admin = guard::actor(domain::platform::Permission::ManageAccounts).await?;
    let cx = guard::context().await?;
    crate::usecase::set_second_factor_rule::set_second_factor_rule(&cx, &me, &role, required).await?;
    leptos_axum::redirect("/accounts?done=second_factor");
    Ok(())
}
