use crate::error::AppError;
use domain::meals::Standard;
use leptos::prelude::*;

/// The newest edition of the standard (the builder computes with it in the browser).
#[server]
pub async fn current_standard() -> Result<Standard, AppError> {
    crate::usecase::current_standard::current_standard(&crate::state::context().await?).await
}
