//! A restaurant's meals, each with its footprint on the newest edition.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::MealSummary;
use platform::ssr::actor::RestaurantStaff;

pub async fn my_menu(cx: &MealsCx, me: &RestaurantStaff) -> Result<Vec<MealSummary>, AppError> {
    let latest = cx.latest().await?;
    Ok(crate::store::meals::of_restaurant(&cx.db, me.restaurant)
        .await?
        .iter()
        .map(|m| MealSummary {
            on_latest_kg: crate::convert::on_latest_kg(m, &latest),
            ..crate::convert::summary(m, &latest)
        })
        .collect())
}
