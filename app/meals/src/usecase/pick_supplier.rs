//! A restaurant puts a directory farm on its list.

use crate::error::AppError;
use crate::state::MealsCx;
use domain::ids::SupplierId;
use platform::ssr::actor::RestaurantStaff;

pub async fn pick_supplier(cx: &MealsCx, me: &RestaurantStaff, supplier: SupplierId) -> Result<(), AppError> {
    if !crate::store::suppliers::pick(&cx.db, me.restaurant, supplier, cx.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
