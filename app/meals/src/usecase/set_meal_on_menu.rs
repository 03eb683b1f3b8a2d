//! A restaurant shows a meal on its public menu, or takes it off.

use crate::error::AppError;
use crate::state::MealsCx;
use domain::ids::MealId;
use platform::ssr::actor::RestaurantStaff;

pub async fn set_meal_on_menu(cx: &MealsCx, me: &RestaurantStaff, id: MealId, on_menu: bool) -> Result<(), AppError> {
    if !crate::store::meals::set_on_menu(&cx.db, id, me.restaurant, on_menu).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
