use crate::error::AppError;
use domain::ids::RestaurantId;
use leptos::prelude::*;

/// The county approves or suspends a restaurant (`action`: `approve` or
/// `suspend`; a suspension needs a reason, which the restaurant is told).
#[server]
pub async fn decide_listing(restaurant: RestaurantId, action: String, reason: String) -> Result<(), AppError> {
    use domain::Named;
    use domain::meals::listing::ListingAction;
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    let action = ListingAction::parse(&action).ok_or(AppError::InvalidInput)?;
    let cx = crate::state::context().await?;
    crate::usecase::decide_listing::decide_listing(&cx, &me, restaurant, action, &reason).await?;
    leptos_axum::redirect(&crate::paths::listing_done(action));
    Ok(())
}
