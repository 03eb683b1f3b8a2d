use crate::error::AppError;
use crate::types::WaitView;
use leptos::prelude::*;

/// The entry with this reference and birth date (API).
#[server]
pub async fn waitlist_status(reference: String, birth_date: String) -> Result<WaitView, AppError> {
    use crate::usecase::{find_wait::find_wait, wait_view::wait_view};
    let cx = platform::ssr::guard::context().await?;
    let e = find_wait(&cx, &reference, &birth_date).await?;
    wait_view(&cx, &e).await
}
