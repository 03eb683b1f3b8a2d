use crate::AppError;
use crate::account::SecondFactorView;
use leptos::prelude::*;

/// The account's two-step sign-in, with a secret to set the app up while it
/// is off (kept in the session until turned on).
#[server]
pub async fn second_factor_status() -> Result<SecondFactorView, AppError> {
    use crate::ssr::{actor::Account, guard};
    let cx = guard::context().await?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let auth = guard::auth_session().await?;
    let pending: Option<String> = auth
        .session
        .get(crate::ssr::second_factor::PENDING_SECRET)
        .await
        .map_err(|_| AppError::Internal)?;
    let had = pending.is_some();
    let (view, secret) = crate::usecase::second_factor_setup::second_factor_setup(&cx, &Account(me), pending).await?;
    if let (false, Some(s)) = (had, secret) {
        auth.session
            .insert(crate::ssr::second_factor::PENDING_SECRET, &s)
            .await
            .map_err(|_| AppError::Internal)?;
    }
    Ok(view)
}
