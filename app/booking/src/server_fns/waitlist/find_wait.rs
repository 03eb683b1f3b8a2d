use crate::error::AppError;
use leptos::prelude::*;

/// Finds an entry for the page and keeps it on this device.
#[server]
pub async fn find_wait(reference: String, birth_date: String) -> Result<(), AppError> {
    let cx = platform::ssr::guard::context().await?;
    let e = crate::usecase::find_wait::find_wait(&cx, &reference, &birth_date).await?;
    crate::kept::waitlist::remember(&cx, &e);
    leptos_axum::redirect(crate::paths::WAITLIST);
    Ok(())
}
