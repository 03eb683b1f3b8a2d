use crate::AppError;
use leptos::prelude::*;

/// Finishes a sign-up from the link mailed for it: the account is created,
/// signed in, and taken to its start page.
#[server]
pub async fn confirm_signup(token: String) -> Result<(), AppError> {
    use crate::ssr::guard;
    let cx = guard::context().await?;
    let user = crate::usecase::finish_signup::finish_signup(&cx, &token).await?;
    let role = user.role;
    guard::sign_in(user).await?;
    leptos_axum::redirect((crate::nav::use_navigation().home)(role));
    Ok(())
}
