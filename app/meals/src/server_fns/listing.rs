//! The county's approval of restaurants: the list with each one's standing,
//! approve or suspend (the restaurant's staff are told by mail, in the same
//! transaction), and a restaurant's own view of its standing.

use crate::error::AppError;
use crate::types::{RestaurantListing, Standing};
use domain::ids::RestaurantId;
use leptos::prelude::*;

/// Every restaurant with its standing and meals, for the county.
#[server]
pub async fn county_restaurants() -> Result<Vec<RestaurantListing>, AppError> {
    use crate::store::{meals, restaurants};
    use platform::ssr::{guard, state::app_state};
    guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let counts = meals::counts_by_restaurant(&state.db).await?;
    Ok(restaurants::list(&state.db)
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

/// The county approves or suspends a restaurant (`action`: `approve` or
/// `suspend`; a suspension needs a reason, which the restaurant is told).
#[server]
pub async fn decide_listing(restaurant: RestaurantId, action: String, reason: String) -> Result<(), AppError> {
    use crate::error::MealsError;
    use crate::store::restaurants;
    use domain::Named;
    use domain::meals::listing::{self, ListingAction};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let action = ListingAction::parse(&action).ok_or(AppError::InvalidInput)?;
    let r = restaurants::get(&state.db, restaurant)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, reason) =
        listing::decide(r.listing, action, &reason).map_err(|e| AppError::Service(MealsError::Listing(e)))?;
    let now = state.clock.now();
    let base = state.config.public_base_url.clone();
    let done = state
        .db
        .retry(|| {
            let (reason, base, db) = (reason.clone(), base.clone(), state.db.clone());
            async move {
                let mut tx = db.begin_write().await?;
                if !restaurants::set_listing(&mut tx, restaurant, action, &reason, me.id, now).await? {
                    return Ok(false);
                }
                let mail = |to: &str, name: &domain::Bilingual| {
                    crate::notify::listing_decided(to, name, action.outcome(), &reason, &base)
                };
                restaurants::tell_staff(&mut tx, restaurant, mail, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        // Another decision came first: the restaurant's standing changed.
        let now_listing = restaurants::get(&state.db, restaurant)
            .await?
            .ok_or(AppError::NotFound)?
            .listing;
        return Err(AppError::Service(MealsError::Listing(
            listing::ListingError::NotApplicable {
                from: now_listing,
                action,
            },
        )));
    }
    tracing::info!(
        restaurant = restaurant.get(),
        listing = action.outcome().as_str(),
        "restaurant listing decided"
    );
    leptos_axum::redirect(&format!("/county/restaurants?done={}", action.as_str()));
    Ok(())
}

/// The signed-in restaurant staff member's restaurant's standing and history.
#[server]
pub async fn my_listing() -> Result<Standing, AppError> {
    use crate::store::restaurants;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::BuildMeals).await?;
    let id = me.restaurant_id.ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    let r = restaurants::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let history = restaurants::listing_log(&state.db, id)
        .await?
        .into_iter()
        .map(|e| crate::types::ListingEntry {
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
