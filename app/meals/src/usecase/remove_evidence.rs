//! A restaurant takes back a file that waits for its next application.

use crate::error::AppError;
use crate::state::MealsCx;
use platform::ssr::actor::RestaurantStaff;

pub async fn remove_evidence(cx: &MealsCx, me: &RestaurantStaff, evidence: i64) -> Result<(), AppError> {
    if !crate::store::certification::remove_pending(&cx.db, me.restaurant, evidence).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
