//! The criteria of the slow-food certification in force (public: they are
//! what restaurants aim for).

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::CriteriaView;

/// The criteria in force, if the county has published any.
pub async fn certification_criteria(cx: &MealsCx) -> Result<Option<CriteriaView>, AppError> {
    Ok(crate::store::certification::latest_criteria(&cx.db)
        .await?
        .map(|(edition, criteria)| CriteriaView { edition, criteria }))
}
