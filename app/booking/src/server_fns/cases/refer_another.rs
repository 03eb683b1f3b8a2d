use crate::error::AppError;
use leptos::prelude::*;

/// Clears the confirmation to refer another child.
#[server]
pub async fn refer_another() -> Result<(), AppError> {
    crate::kept::referral::clear(&platform::ssr::guard::context().await?);
    leptos_axum::redirect(crate::paths::REFER);
    Ok(())
}
