//! Rows to wire types (server only).

use crate::store::meals::MealRow;
use crate::types::{MealDetail, MealSummary};

pub fn summary(r: &MealRow, latest: u32) -> MealSummary {
    MealSummary {
        id: r.id,
        slug: r.slug.clone(),
        name_zh_tw: r.name_zh_tw.clone(),
        name_en: r.name_en.clone(),
        kind: r.kind,
        total_kg: r.total_kg,
        band: r.band,
        edition: r.edition as u32,
        latest_edition: latest,
        on_menu: r.on_menu == 1,
        restaurant_id: r.restaurant_id,
        restaurant_zh_tw: r.restaurant_zh_tw.clone(),
        restaurant_en: r.restaurant_en.clone(),
    }
}

pub fn detail(r: &MealRow, latest: u32) -> Option<MealDetail> {
    Some(MealDetail {
        summary: summary(r, latest),
        input: serde_json::from_str(&r.spec).ok()?,
        footprint: serde_json::from_str(&r.result).ok()?,
    })
}
