use crate::error::AppError;
use leptos::prelude::*;

/// The newest edition's rating scale (the introduction states its bands).
#[server]
pub async fn current_rating() -> Result<domain::meals::standard::RatingScale, AppError> {
    Ok(crate::state::context().await?.latest().await?.rating.clone())
}
