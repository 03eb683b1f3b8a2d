use crate::error::AppError;
use leptos::prelude::*;

/// The standard's ingredients by name, for naming what a supplier grows.
#[server]
pub async fn ingredient_names() -> Result<Vec<(String, domain::Bilingual)>, AppError> {
    crate::usecase::ingredient_names::ingredient_names(&crate::state::context().await?).await
}
