use crate::error::AppError;
use domain::meals::Standard;
use leptos::prelude::*;

/// One edition of the standard, by its number.
#[server]
pub async fn standard_edition(edition: u32) -> Result<Standard, AppError> {
    crate::usecase::standard_edition::standard_edition(&crate::state::context().await?, edition).await
}
