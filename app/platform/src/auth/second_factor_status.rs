use crate::AppError;
use crate::account::SecondFactorView;
use leptos::prelude::*;

/// The account's two-step sign-in, with a secret to set the app up while it
/// is off (kept in the session until turned on).
#[server]
pub async fn second_factor_status() -> Result<SecondFactorView, AppError> {
    use crate::ssr::{actor::Account, guard, second_factor::PENDING_SECRET};
    use crate::usecase::second_factor_setup::{offers_secret, second_factor_setup};
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let auth = guard::auth_session().await?;
    let mut pending: Option<String> = auth.session.get(PENDING_SECRET).await.map_err(|_| AppError::Internal)?;
    // Kept before anything else is awaited: two renders of the page at once
    // must not each keep a secret of their own (the page would show one and
    // the session check the other).
    if pending.is_none() && offers_secret(&me) {
        let s = crate::ssr::second_factor::new_secret();
        auth.session
            .insert(PENDING_SECRET, &s)
            .await
            .map_err(|_| AppError::Internal)?;
        pending = Some(s);
    }
    let cx = guard::context().await?;
    Ok(second_factor_setup(&cx, &Account(me), pending).await?.0)
}
