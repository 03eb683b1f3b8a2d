use crate::AppError;
use leptos::prelude::*;

/// Turns two-step sign-in on with the secret offered, once the app shows
/// the right code for it.
#[server]
pub async fn enable_second_factor(code: String) -> Result<(), AppError> {
    use crate::ssr::{actor::Account, guard};
    let cx = guard::context().await?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let auth = guard::auth_session().await?;
    let secret: Option<String> = auth
        .session
        .get(crate::ssr::second_factor::PENDING_SECRET)
        .await
        .map_err(|_| AppError::Internal)?;
    let fresh = crate::usecase::enable_second_factor::enable_second_factor(&cx, &Account(me), secret, &code).await?;
    let _ = auth
        .session
        .remove::<String>(crate::ssr::second_factor::PENDING_SECRET)
        .await;
    guard::sign_in(fresh).await?;
    leptos_axum::redirect("/account?second_factor=on");
    Ok(())
}
