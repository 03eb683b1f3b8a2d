use crate::error::AppError;
use leptos::prelude::*;

/// Forgets the screening (to screen another child, or to start again).
#[server]
pub async fn forget_screening() -> Result<(), AppError> {
    crate::kept::screening::clear(&platform::ssr::guard::context().await?);
    leptos_axum::redirect("/ei/screening");
    Ok(())
}
