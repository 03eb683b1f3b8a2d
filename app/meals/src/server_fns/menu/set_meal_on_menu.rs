use crate::error::AppError;
use domain::ids::MealId;
use leptos::prelude::*;

/// Shows a meal on the public menu, or takes it off.
#[server]
pub async fn set_meal_on_menu(id: MealId, on_menu: bool) -> Result<(), AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    let cx = crate::state::context().await?;
    crate::usecase::set_meal_on_menu::set_meal_on_menu(&cx, &me, id, on_menu).await?;
    leptos_axum::redirect(&crate::paths::menu_done(domain::meals::MenuChange::Saved));
    Ok(())
}
