//! Every restaurant with its standing and meals, for the county.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::{meals, restaurants};
use crate::types::RestaurantListing;
use platform::ssr::actor::CountyAdmin;

pub async fn county_restaurants(cx: &MealsCx, _: &CountyAdmin) -> Result<Vec<RestaurantListing>, AppError> {
    let counts = meals::counts_by_restaurant(&cx.db).await?;
    Ok(restaurants::list(&cx.db)
        .await?
        .into_iter()
        .map(|r| {
            let (all, on) = counts.get(&r.id).copied().unwrap_or((0, 0));
            RestaurantListing {
                id: r.id,
                name: r.name(),
                township: r.township,
                listing: r.listing,
                reason: r.listing_reason,
                changed_at: r.listing_changed_at,
                meals: all,
                on_menu: on,
            }
        })
        .collect())
}
