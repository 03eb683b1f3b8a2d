use crate::error::AppError;
use crate::types::RestaurantListing;
use leptos::prelude::*;

/// Every restaurant with its standing and meals, for the county.
#[server]
pub async fn county_restaurants() -> Result<Vec<RestaurantListing>, AppError> {
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    crate::usecase::county_restaurants::county_restaurants(&crate::state::context().await?, &me).await
}
