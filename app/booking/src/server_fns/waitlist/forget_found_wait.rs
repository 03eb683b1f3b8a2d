use crate::error::AppError;
use leptos::prelude::*;

/// Forgets the found entry on this device.
#[server]
pub async fn forget_found_wait() -> Result<(), AppError> {
    crate::kept::waitlist::forget(&platform::ssr::guard::context().await?);
    leptos_axum::redirect(crate::paths::WAITLIST);
    Ok(())
}
