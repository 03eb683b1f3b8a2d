//! A restaurant deletes one of its meals.

use crate::error::AppError;
use crate::state::MealsCx;
use domain::ids::MealId;
use platform::ssr::actor::RestaurantStaff;

pub async fn delete_meal(cx: &MealsCx, me: &RestaurantStaff, id: MealId) -> Result<(), AppError> {
    if !crate::store::meals::delete(&cx.db, id, me.restaurant).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
