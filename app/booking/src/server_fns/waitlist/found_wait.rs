use crate::error::AppError;
use crate::types::WaitView;
use leptos::prelude::*;

/// The entry this device found, for the page.
#[server]
pub async fn found_wait() -> Result<Option<WaitView>, AppError> {
    let cx = platform::ssr::guard::context().await?;
    match crate::kept::waitlist::found(&cx).await? {
        Some(e) => Ok(Some(crate::usecase::wait_view::wait_view(&cx, &e).await?)),
        None => Ok(None),
    }
}
