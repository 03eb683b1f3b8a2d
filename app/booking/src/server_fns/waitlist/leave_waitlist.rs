use crate::error::AppError;
use leptos::prelude::*;

/// Leaves the waitlist (API).
#[server]
pub async fn leave_waitlist(reference: String, birth_date: String) -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    let e = crate::usecase::find_wait::find_wait(&cx, &reference, &birth_date).await?;
    crate::usecase::answer_offer::leave_waitlist(&cx, &e).await
}
