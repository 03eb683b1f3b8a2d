//! A restaurant's standing with the county, and its history.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::restaurants;
use crate::types::{ListingEntry, Standing};
use platform::ssr::actor::RestaurantStaff;

pub async fn my_listing(cx: &MealsCx, me: &RestaurantStaff) -> Result<Standing, AppError> {
    let id = me.restaurant;
    let r = restaurants::get(&cx.db, id).await?.ok_or(AppError::NotFound)?;
    let history = restaurants::listing_log(&cx.db, id)
        .await?
        .into_iter()
        .map(|e| ListingEntry {
            listing: e.listing,
            reason: e.reason,
            at: e.at,
        })
        .collect();
    Ok(Standing {
        listing: r.listing,
        reason: r.listing_reason,
        history,
    })
}
