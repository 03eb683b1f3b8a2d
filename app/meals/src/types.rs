//! What the meal pages and server functions exchange.

use domain::Bilingual;
use domain::meals::footprint::Footprint;
use domain::meals::{Band, MealInput, MealKind};
use platform::ids::{MealId, RestaurantId};
use serde::{Deserialize, Serialize};

/// One change to the standard (the rule that applies it is the domain's).
pub use domain::meals::standard::StandardChange;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditionInfo {
    pub edition: u32,
    pub note: String,
    pub created_at: i64,
    /// The account that published it: only for the county's curators.
    pub created_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealSummary {
    pub id: MealId,
    pub slug: String,
    pub name: Bilingual,
    pub kind: MealKind,
    pub total_kg: f64,
    pub band: Band,
    pub edition: u32,
    pub latest_edition: u32,
    /// The meal's total on the newest edition, when it was computed on an
    /// older one (so that both figures and the difference can be shown).
    pub on_latest_kg: Option<f64>,
    pub on_menu: bool,
    pub restaurant_id: RestaurantId,
    pub restaurant: Bilingual,
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
    /// The English name may be left empty: the Chinese one stands for it.
    pub name: Bilingual,
    pub input: MealInput,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantMenu {
    pub id: RestaurantId,
    pub name: Bilingual,
    pub township: domain::meals::Township,
    pub meals: Vec<MealSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelView {
    pub detail: MealDetail,
    /// The QR code (SVG) of the public page's address.
    pub qr_svg: String,
    pub url: String,
}
