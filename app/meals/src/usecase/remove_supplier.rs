//! A restaurant takes a supplier off its list (its own is deleted).

use crate::error::AppError;
use crate::state::MealsCx;
use domain::ids::SupplierId;
use platform::ssr::actor::RestaurantStaff;

pub async fn remove_supplier(cx: &MealsCx, me: &RestaurantStaff, supplier: SupplierId) -> Result<(), AppError> {
    if !crate::store::suppliers::remove(&cx.db, me.restaurant, supplier).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
