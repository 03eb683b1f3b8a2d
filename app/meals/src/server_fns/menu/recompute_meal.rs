use crate::error::AppError;
use crate::types::MealSummary;
use domain::ids::MealId;
use leptos::prelude::*;

/// Computes a saved meal again on the newest edition of the standard.
#[server]
pub async fn recompute_meal(id: MealId) -> Result<MealSummary, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    let summary = crate::usecase::recompute_meal::recompute_meal(&crate::state::context().await?, &me, id).await?;
    leptos_axum::redirect(&crate::paths::menu_done(domain::meals::MenuChange::Recomputed));
    Ok(summary)
}
