//! What the meal pages and server functions exchange.

use domain::meals::footprint::Footprint;
use domain::meals::standard::Ingredient;
use domain::meals::{Band, MealInput, MealKind};
use platform::ids::{MealId, RestaurantId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditionInfo {
    pub edition: u32,
    pub note: String,
    pub created_at: i64,
    pub created_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealSummary {
    pub id: MealId,
    pub slug: String,
    pub name_zh_tw: String,
    pub name_en: String,
    pub kind: MealKind,
    pub total_kg: f64,
    pub band: Band,
    pub edition: u32,
    pub latest_edition: u32,
    pub on_menu: bool,
    pub restaurant_id: RestaurantId,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealDetail {
    pub summary: MealSummary,
    pub input: MealInput,
    pub footprint: Footprint,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveMealForm {
    /// None saves a new meal.
    pub id: Option<MealId>,
    pub name_zh_tw: String,
    #[serde(default)]
    pub name_en: String,
    pub input: MealInput,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantMenu {
    pub id: RestaurantId,
    pub name_zh_tw: String,
    pub name_en: String,
    pub district: String,
    pub meals: Vec<MealSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelView {
    pub detail: MealDetail,
    /// The QR code (SVG) of the public page's address.
    pub qr_svg: String,
    pub url: String,
}

/// One change to the standard; publishing it makes a new edition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StandardChange {
    /// Replaces the ingredient with the same id, or adds it.
    Ingredient(Box<Ingredient>),
    Grid {
        kg_per_kwh: f64,
        year: i32,
    },
    Rating {
        green_max: f64,
        yellow_max: f64,
        target_kg: f64,
    },
}
