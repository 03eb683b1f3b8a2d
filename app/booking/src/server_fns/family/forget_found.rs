use crate::error::AppError;
use leptos::prelude::*;

/// Forgets the booking found, to look up another.
#[server]
pub async fn forget_found() -> Result<(), AppError> {
    crate::kept::inquiry::clear(&platform::ssr::guard::context().await?);
    leptos_axum::redirect(crate::paths::INQUIRY);
    Ok(())
}
