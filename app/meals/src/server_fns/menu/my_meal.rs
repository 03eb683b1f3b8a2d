use crate::error::AppError;
use crate::types::MealDetail;
use domain::ids::MealId;
use leptos::prelude::*;

/// One of the signed-in restaurant's meals, whole.
#[server]
pub async fn my_meal(id: MealId) -> Result<MealDetail, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::my_meal::my_meal(&crate::state::context().await?, &me, id).await
}
