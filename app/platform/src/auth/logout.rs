use crate::AppError;
use leptos::prelude::*;

/// Signs out and goes home.
#[server]
pub async fn logout() -> Result<(), AppError> {
    let mut auth = crate::ssr::guard::auth_session().await?;
    auth.logout().await.map_err(|_| AppError::Internal)?;
    leptos_axum::redirect("/");
    Ok(())
}
