use crate::error::AppError;
use crate::types::{MealSummary, SaveMealForm};
use leptos::prelude::*;

/// Saves a meal (new, or one of the restaurant's own): computed on the
/// server on the newest edition.
#[server]
pub async fn save_meal(form: SaveMealForm) -> Result<MealSummary, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::save_meal::save_meal(&crate::state::context().await?, &me, form).await
}
