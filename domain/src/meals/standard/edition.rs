//! One edition of the standard, and its look-ups.

use super::food::*;
use super::kitchen::*;
use super::serving::*;
use super::transport::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    /// 1, 2, 3, …: set by the store when the edition is published.
    pub edition: u32,
    /// The calculation method (`METHOD_1` or `METHOD_2`); an edition without
    /// one is edition 1's.
    #[serde(default = "method_1")]
    pub method: u32,
    pub ingredients: Vec<Ingredient>,
    pub transport: Vec<TransportFactor>,
    pub origins: Vec<OriginPreset>,
    pub grid: GridFactor,
    /// Published grid factors by year (edition 2 on): a meal uses its year's,
    /// or the latest published before it. Edition 1 has none and uses `grid`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grid_series: Vec<GridYear>,
    pub gas: GasFactor,
    /// The kitchen gases (edition 2 on; the first is assumed when a meal
    /// does not say). Edition 1 has none and uses `gas`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gases: Vec<GasOption>,
    pub cooking: Vec<CookingMethod>,
    pub packaging: Vec<PackagingItem>,
    pub default_packaging: DefaultPackaging,
    pub waste: WasteDefault,
    pub rating: RatingScale,
}

/// The cooking id that means "served raw, no energy".
pub const NO_COOKING: &str = "none";

impl Standard {
    pub fn ingredient(&self, id: &str) -> Option<&Ingredient> {
        self.ingredients.iter().find(|i| i.id == id)
    }

    pub fn cooking_method(&self, id: &str) -> Option<&CookingMethod> {
        self.cooking.iter().find(|c| c.id == id)
    }

    pub fn packaging_item(&self, id: &str) -> Option<&PackagingItem> {
        self.packaging.iter().find(|p| p.id == id)
    }

    /// kg CO2e per kWh for a meal served in `year`, and the year whose
    /// factor that is, when it is not the year asked for (none given, or not
    /// published yet): the latest published year at or before it, else the
    /// latest of all. Without a series, `grid` and no assumption.
    pub fn grid_for(&self, year: Option<i32>) -> (f64, Option<i32>) {
        let Some(latest) = self.grid_series.iter().max_by_key(|g| g.year) else {
            return (self.grid.kg_per_kwh, None);
        };
        let chosen = year
            .and_then(|y| self.grid_series.iter().filter(|g| g.year <= y).max_by_key(|g| g.year))
            .unwrap_or(latest);
        let assumed = (year != Some(chosen.year)).then_some(chosen.year);
        (chosen.kg_per_kwh, assumed)
    }

    /// kg CO2e per MJ of the kitchen's gas: the chosen one (or the first)
    /// where the edition lists gases, otherwise edition 1's natural gas.
    pub fn gas_kg_per_mj(&self, gas: Option<KitchenGas>) -> f64 {
        gas.and_then(|g| self.gases.iter().find(|o| o.gas == g))
            .or(self.gases.first())
            .map(|o| o.kg_per_mj())
            .unwrap_or(self.gas.kg_per_mj)
    }

    pub fn transport_factor(&self, mode: TransportMode, refrigerated: bool) -> f64 {
        self.transport
            .iter()
            .find(|t| t.mode == mode)
            .map(|t| if refrigerated { t.refrigerated } else { t.ambient })
            .unwrap_or(0.0)
    }

    pub fn origin_legs(&self, origin: Origin) -> &[Leg] {
        self.origins
            .iter()
            .find(|o| o.origin == origin)
            .map(|o| o.legs.as_slice())
            .unwrap_or(&[])
    }
}
