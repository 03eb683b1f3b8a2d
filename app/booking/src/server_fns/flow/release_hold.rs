use crate::error::AppError;
use leptos::prelude::*;

/// Gives a held place back (the family chose another day or left the form).
#[server]
pub async fn release_hold(token: String) -> Result<(), AppError> {
    crate::usecase::hold_place::release_hold(&crate::state::context().await?, &token).await
}
