//! Rows to wire types (server only).

use crate::store::meals::MealRow;
use crate::types::{MealDetail, MealSummary};
use platform::AppError;

pub fn summary(r: &MealRow, latest: u32) -> MealSummary {
    MealSummary {
        id: r.id,
        slug: r.slug.clone(),
        name: r.name(),
        kind: r.kind,
        total_kg: r.total_kg,
        band: r.band,
        edition: r.edition as u32,
        latest_edition: latest,
        on_menu: r.on_menu == 1,
        restaurant_id: r.restaurant_id,
        restaurant: r.restaurant(),
    }
}

/// A saved meal with its recipe and result. Both are written from typed
/// values, so one that does not read back is wrong data: logged and refused.
pub fn detail(r: &MealRow, latest: u32) -> Result<MealDetail, AppError> {
    use platform::ssr::db::{stored_json, unreadable};
    Ok(MealDetail {
        summary: summary(r, latest),
        input: stored_json(&format!("recipe of meal {}", r.id), &r.spec).map_err(unreadable)?,
        footprint: stored_json(&format!("result of meal {}", r.id), &r.result).map_err(unreadable)?,
    })
}
