//! The kitchen's energy: the grid, gas and cooking methods.

use crate::meals::standard::Source;
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridFactor {
    /// kg CO2e per kWh.
    pub kg_per_kwh: f64,
    pub year: i32,
    pub source: Source,
}

/// One year's published grid factor (edition 2 on).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridYear {
    pub year: i32,
    /// kg CO2e per kWh.
    pub kg_per_kwh: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GasFactor {
    /// kg CO2e per MJ of natural gas burnt.
    pub kg_per_mj: f64,
    pub source: Source,
}

crate::named::closed_set! {
    /// The gas a kitchen cooks on (edition 2).
    pub enum KitchenGas {
        /// Bottled liquefied petroleum gas (桶裝瓦斯).
        Lpg,
        /// Piped natural gas (天然氣).
        TownGas,
    }
}

/// One kitchen gas: the combustion factor and the upstream share (what
/// producing and delivering it adds), both stated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GasOption {
    pub gas: KitchenGas,
    /// kg CO2 per MJ burnt.
    pub combustion_kg_per_mj: f64,
    /// Upstream emissions as a share of combustion's.
    pub upstream_share: f64,
    pub source: Source,
}

impl GasOption {
    pub fn kg_per_mj(&self) -> f64 {
        self.combustion_kg_per_mj * (1.0 + self.upstream_share)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CookingMethod {
    pub id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    /// Electricity per kg of raw food cooked.
    pub kwh_per_kg: f64,
    /// Gas per kg of raw food cooked.
    pub gas_mj_per_kg: f64,
    /// Whether the raw-to-cooked mass change applies (not for re-warming).
    /// Method 1 only: method 2 converts by the state the cook weighed.
    pub changes_mass: bool,
    /// What the method adds to the food, per kg of raw food (method 2):
    /// frying oil taken up, the coating of deep-fried food.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adds: Vec<Addition>,
    pub source: Source,
}

/// An ingredient a cooking method adds, in kg per kg of raw food cooked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Addition {
    pub ingredient: String,
    pub kg_per_kg: f64,
    pub rationale: String,
}
