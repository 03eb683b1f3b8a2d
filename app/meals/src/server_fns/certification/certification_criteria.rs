use crate::error::AppError;
use crate::types::CriteriaView;
use leptos::prelude::*;

/// The criteria in force (public: they are what restaurants aim for).
#[server]
pub async fn certification_criteria() -> Result<Option<CriteriaView>, AppError> {
    let cx = crate::state::context().await?;
    crate::usecase::certification_criteria::certification_criteria(&cx).await
}
