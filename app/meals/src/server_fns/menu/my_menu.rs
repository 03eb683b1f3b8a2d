use crate::error::AppError;
use crate::types::MealSummary;
use leptos::prelude::*;

/// The signed-in restaurant's meals.
#[server]
pub async fn my_menu() -> Result<Vec<MealSummary>, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::my_menu::my_menu(&crate::state::context().await?, &me).await
}
