use crate::error::AppError;
use crate::types::WaitView;
use leptos::prelude::*;

/// Declines the place offered to the entry (API); the family keeps waiting.
#[server]
pub async fn decline_offer(reference: String, birth_date: String) -> Result<WaitView, AppError> {
    use crate::usecase::{answer_offer::decline_offer, find_wait::find_wait, wait_view::wait_view};
    let cx = crate::state::context().await?;
    let e = find_wait(&cx, &reference, &birth_date).await?;
    decline_offer(&cx, &e).await?;
    wait_view(&cx, &e).await
}
