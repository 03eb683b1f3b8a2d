//! Computes a saved meal again on the newest edition of the standard.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::{MealSummary, SaveMealForm};
use domain::ids::MealId;
use platform::ssr::actor::RestaurantStaff;

pub async fn recompute_meal(cx: &MealsCx, me: &RestaurantStaff, id: MealId) -> Result<MealSummary, AppError> {
    let detail = super::my_meal::my_meal(cx, me, id).await?;
    let form = SaveMealForm {
        id: Some(id),
        name: detail.summary.name,
        input: detail.input,
    };
    super::save_meal::save_meal(cx, me, form).await
}
