//! A restaurant's suppliers, and the directory's farms it has not picked,
//! each with its road distance from the restaurant.

use super::supplier_views::{today, views};
use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::{restaurants, suppliers};
use crate::types::SupplierLists;
use platform::ssr::actor::RestaurantStaff;

pub async fn my_suppliers(cx: &MealsCx, me: &RestaurantStaff) -> Result<SupplierLists, AppError> {
    let r = me.restaurant;
    let at = restaurants::get(&cx.db, r)
        .await?
        .and_then(|r| domain::meals::locality::township_centre(&cx.config.installation, r.township));
    let day = today(cx);
    let mine = views(cx, suppliers::of_restaurant(&cx.db, r).await?, day, at).await?;
    let directory = suppliers::directory(&cx.db)
        .await?
        .into_iter()
        .filter(|d| !mine.iter().any(|m| m.id == d.id))
        .collect();
    Ok(SupplierLists {
        directory: views(cx, directory, day, at).await?,
        mine,
        month: chrono::Datelike::month(&day),
    })
}
