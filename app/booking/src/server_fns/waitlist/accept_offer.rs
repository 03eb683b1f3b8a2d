use crate::error::AppError;
use crate::types::RegistrationView;
use leptos::prelude::*;

/// Accepts the place offered to the entry (API): the registration.
#[server]
pub async fn accept_offer(reference: String, birth_date: String) -> Result<RegistrationView, AppError> {
    let cx = crate::state::context().await?;
    let e = crate::usecase::find_wait::find_wait(&cx, &reference, &birth_date).await?;
    crate::usecase::accept_offer::accept_offer(&cx, &e).await
}
