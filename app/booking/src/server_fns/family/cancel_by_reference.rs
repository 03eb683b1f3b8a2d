use crate::error::AppError;
use leptos::prelude::*;

/// Cancels the registration with this reference and birth date.
#[server]
pub async fn cancel_by_reference(reference: String, birth_date: String) -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    let row = crate::usecase::find_registration::find_registration(&cx, &reference, &birth_date).await?;
    crate::usecase::cancel_registration::cancel_registration(&cx, row.id, None).await
}
