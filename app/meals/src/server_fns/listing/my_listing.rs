use crate::error::AppError;
use crate::types::Standing;
use leptos::prelude::*;

/// The signed-in restaurant staff member's restaurant's standing and history.
#[server]
pub async fn my_listing() -> Result<Standing, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::my_listing::my_listing(&crate::state::context().await?, &me).await
}
