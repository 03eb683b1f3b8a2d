//! One of a restaurant's meals, whole (to edit it in the builder).

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::MealDetail;
use domain::ids::MealId;
use platform::ssr::actor::RestaurantStaff;

pub async fn my_meal(cx: &MealsCx, me: &RestaurantStaff, id: MealId) -> Result<MealDetail, AppError> {
    let latest = cx.latest().await?;
    let row = crate::store::meals::by_id(&cx.db, id)
        .await?
        .filter(|m| m.restaurant_id == me.restaurant)
        .ok_or(AppError::NotFound)?;
    crate::convert::detail(&row, &latest)
}
