//! The menus of the restaurants the county has approved, each meal with its
//! footprint on the newest edition.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::{meals, restaurants};
use crate::types::RestaurantMenu;

pub async fn public_menus(cx: &MealsCx) -> Result<Vec<RestaurantMenu>, AppError> {
    let latest = cx.latest().await?;
    let rows = meals::on_menus(&cx.db).await?;
    let mut out = Vec::new();
    for r in restaurants::list_public(&cx.db).await? {
        let list: Vec<_> = rows
            .iter()
            .filter(|m| m.restaurant_id == r.id)
            .map(|m| crate::convert::summary(m, &latest))
            .collect();
        if !list.is_empty() {
            out.push(RestaurantMenu {
                id: r.id,
                name: r.name(),
                township: r.township,
                meals: list,
            });
        }
    }
    Ok(out)
}
