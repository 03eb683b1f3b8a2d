use crate::AppError;
use leptos::prelude::*;

/// Changes the account's password with the current one; every other
/// session of the account ends.
#[server]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    use crate::ssr::{actor::Account, guard};
    let cx = guard::context().await?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let fresh =
        crate::usecase::change_password::change_password(&cx, &Account(me), current_password, &new_password).await?;
    guard::sign_in(fresh).await?;
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}
