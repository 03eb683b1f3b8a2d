use crate::error::AppError;
use domain::ids::MealId;
use leptos::prelude::*;

/// Deletes one of the restaurant's meals.
#[server]
pub async fn delete_meal(id: MealId) -> Result<(), AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::delete_meal::delete_meal(&crate::state::context().await?, &me, id).await?;
    leptos_axum::redirect(&crate::paths::menu_done(domain::meals::MenuChange::Deleted));
    Ok(())
}
