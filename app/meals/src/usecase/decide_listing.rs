//! The county approves or suspends a restaurant (a suspension needs a
//! reason); the restaurant's staff are told by mail in the same transaction.

use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use crate::store::restaurants;
use domain::Named;
use domain::ids::RestaurantId;
use domain::meals::listing::{self, ListingAction, ListingError};
use platform::ssr::actor::CountyAdmin;

pub async fn decide_listing(
    cx: &MealsCx,
    me: &CountyAdmin,
    restaurant: RestaurantId,
    action: ListingAction,
    reason: &str,
) -> Result<(), AppError> {
    let refused = |e: ListingError| AppError::Service(MealsError::Listing(e));
    let r = restaurants::get(&cx.db, restaurant).await?.ok_or(AppError::NotFound)?;
    let (_, reason) = listing::decide(r.listing, action, reason).map_err(refused)?;
    let (now, user, head) = (cx.clock.now(), me.user, &crate::notify::Letterhead::of(cx));
    let done = cx
        .db
        .retry(|| {
            let reason = reason.clone();
            async move {
                let mut tx = cx.db.begin_write().await?;
                if !restaurants::set_listing(&mut tx, restaurant, action, &reason, user, now).await? {
                    return Ok(false);
                }
                let mail = |to: &str, name: &domain::Bilingual| {
                    crate::notify::listing_decided(to, name, action.outcome(), &reason, head)
                };
                restaurants::tell_staff(&mut tx, restaurant, mail, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        // Another decision came first: the restaurant's standing changed.
        let from = restaurants::get(&cx.db, restaurant)
            .await?
            .ok_or(AppError::NotFound)?
            .listing;
        return Err(refused(ListingError::NotApplicable { from, action }));
    }
    tracing::info!(
        restaurant = restaurant.get(),
        listing = action.outcome().as_str(),
        "restaurant listing decided"
    );
    Ok(())
}
