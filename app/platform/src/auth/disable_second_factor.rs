use crate::AppError;
use leptos::prelude::*;

/// Turns two-step sign-in off, with the password and a current code;
/// refused while the account's government requires it.
#[server]
pub async fn disable_second_factor(password: String, #[server(default)] code: Option<String>) -> Result<(), AppError> {
    use crate::ssr::{actor::Account, guard};
    let cx = guard::context().await?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let fresh = crate::usecase::disable_second_factor::disable_second_factor(&cx, &Account(me), password, code).await?;
    guard::sign_in(fresh).await?;
    leptos_axum::redirect("/account?second_factor=off");
    Ok(())
}
