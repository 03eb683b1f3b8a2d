use crate::error::AppError;
use leptos::prelude::*;

/// Whether this device has triage answers to join with (from the booking's check).
#[server]
pub async fn may_join() -> Result<bool, AppError> {
    Ok(crate::kept::booking::answers(&platform::ssr::guard::context().await?).is_some())
}
