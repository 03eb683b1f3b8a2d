//! Demo listings: approved restaurants, and one suspended with its reason.

use platform::ssr::{AppState, StoreError};

/// The county's decisions on the demo restaurants: the first three are
/// approved, the fourth waits, the fifth was approved and then suspended.
pub(crate) async fn listings(
    state: &AppState,
    restaurants: &[domain::ids::RestaurantId],
    admin: domain::ids::UserId,
) -> Result<(), StoreError> {
    use crate::store::restaurants::set_listing;
    use domain::meals::listing::ListingAction::{Approve, Suspend};
    let now = state.clock.now();
    let steps: &[(usize, domain::meals::listing::ListingAction, &str)] = &[
        (0, Approve, ""),
        (1, Approve, ""),
        (2, Approve, ""),
        (4, Approve, ""),
        (4, Suspend, SUSPENSION_REASON),
    ];
    for &(i, action, reason) in steps {
        let Some(&r) = restaurants.get(i) else { continue };
        let mut tx = state.db.begin_write().await?;
        set_listing(&mut tx, r, action, reason, admin, now).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Why the demo's suspended restaurant was suspended.
pub const SUSPENSION_REASON: &str = "示範：菜單上的餐點與實際供應不符，請更新菜單後通知縣府。Demo: the meals on the menu differ from what is served; please update the menu and tell the county.";
