//! Packaging, waste and the rating scale.

use super::food::*;
use crate::meals::standard::Source;
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackagingItem {
    pub id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    /// Mass of material in one item.
    pub material_kg: f64,
    /// kg CO2e per kg of that material.
    pub material_kg_co2e_per_kg: f64,
    pub source: Source,
    /// 1 (best) to 5 (worst); edition 1 did not say and reads as 4.
    #[serde(default = "low_quality")]
    pub data_quality: f64,
    /// kg CO2e per kg of material at its end of life (edition 2: burnt in a
    /// municipal incinerator, Taiwan's common route); edition 1 counted none.
    #[serde(default)]
    pub end_of_life_kg_co2e_per_kg: f64,
}

impl PackagingItem {
    pub fn kg_co2e_per_item(&self) -> f64 {
        self.material_kg * (self.material_kg_co2e_per_kg + self.end_of_life_kg_co2e_per_kg)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WasteDefault {
    /// Share of the food prepared that is not eaten, when the restaurant gives none.
    pub default_share: f64,
    pub rationale: String,
}

crate::named::closed_set! {
    /// A meal's band on the rating scale.
    pub enum Band {
        Green,
        Yellow,
        Red,
    }
}

/// One band of the rating scale: a meal at or below `max_kg` (if any) gets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatingBand {
    pub band: Band,
    pub max_kg: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatingScale {
    /// In ascending order of `max_kg`; the last band has none.
    pub bands: Vec<RatingBand>,
    /// The per-meal target (WWF: 0.5 kg CO2e).
    pub target_kg: f64,
    pub source: Source,
}

/// Packaging a meal uses: an item of the standard's list, and how many.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackagingUse {
    pub id: String,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultPackaging {
    pub lunch_box: Vec<PackagingUse>,
    pub dish: Vec<PackagingUse>,
}

/// The largest share of food a meal may say is not eaten.
pub const MAX_WASTE_SHARE: f64 = 0.9;
