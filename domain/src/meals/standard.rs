//! The county's emission-factor standard: one edition is an immutable document.
//! Editing creates a new edition; every saved meal records the edition it used.

use crate::Named;
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

mod change;
mod validate;

pub use change::{ChangeError, StandardChange};
pub use validate::StandardError;

/// Where a figure comes from, so that a county officer can check it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Short name, e.g. "ADEME AGRIBALYSE".
    pub name: String,
    /// The version of that source, e.g. "3.1.1".
    pub version: String,
    /// The row or item in that source, e.g. the AGB code.
    pub reference: String,
    /// Licence and required attribution.
    pub licence: String,
}

crate::named::closed_set! {
    #[derive(PartialOrd, Ord)]
    pub enum Category {
        /// Rice, noodles, tubers eaten as the staple.
        Staple,
        /// Meat, poultry, fish, seafood, eggs, tofu and beans: the main of a lunch box.
        Protein,
        Vegetable,
        Fruit,
        /// Cooking oils.
        Fat,
        /// Sauces, sugar, garlic, ginger and other seasonings.
        Seasoning,
        Drink,
    }
}

crate::named::closed_set! {
    pub enum Variant {
        Conventional,
        Organic,
        /// Grown in Taitung.
        Local,
        Imported,
        /// Out of season, grown in heated greenhouses.
        Greenhouse,
    }
}

crate::named::closed_set! {
    /// Where an ingredient comes from, which decides its default transport legs.
    pub enum Origin {
        TaitungLocal,
        OtherTaiwan,
        Imported,
        ImportedByAir,
    }
}

crate::named::closed_set! {
    pub enum TransportMode {
        /// Heavy goods vehicle, long haul.
        Road,
        /// Small delivery truck (3.5-7.5 t), the last local kilometres.
        SmallTruck,
        Rail,
        Sea,
        Air,
    }
}

crate::named::closed_set! {
    /// The state of a food when it is weighed: raw (or dry, as sold) or cooked.
    pub enum FoodState {
        Raw,
        Cooked,
    }
}

crate::named::closed_set! {
    /// Which part of a food is weighed: the edible part only, or as bought
    /// (with peel, bone, shell).
    pub enum FoodPart {
        Edible,
        AsBought,
    }
}

/// What one kilogram means: of a factor (what the source measured it on) or
/// of an amount the cook typed (what they put on the scale).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Basis {
    pub state: FoodState,
    pub part: FoodPart,
}

impl Default for Basis {
    /// Edition 1's documented meaning of a factor: per kg raw, as purchased.
    fn default() -> Self {
        Basis {
            state: FoodState::Raw,
            part: FoodPart::AsBought,
        }
    }
}

/// Edition 1's method: every factor per kg as purchased, cooked-to-raw only
/// for methods that change mass (`docs/carbon-method.md`, "Edition 1").
pub const METHOD_1: u32 = 1;
/// Edition 2's method: each factor's own basis, the cook's weighing, oil
/// taken up in frying, data quality and a range.
pub const METHOD_2: u32 = 2;

fn method_1() -> u32 {
    METHOD_1
}

fn low_quality() -> f64 {
    4.0
}

/// Emission factors per life-cycle stage, in kg CO2e per kg of ingredient on
/// the ingredient's `basis` (edition 1: raw, as purchased, with its inedible part).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageFactors {
    pub farming: f64,
    pub processing: f64,
    pub packaging: f64,
    /// The source's own transport stage (a French supply chain for Agribalyse).
    /// Shown for reference only: the calculation replaces it with the legs of
    /// the Taiwanese supply chain.
    pub transport: f64,
    pub retail: f64,
}

impl StageFactors {
    /// What the ingredient carries up to the shop, transport excluded.
    pub fn cradle_to_shop_without_transport(&self) -> f64 {
        self.farming + self.processing + self.packaging + self.retail
    }

    pub fn total(&self) -> f64 {
        self.cradle_to_shop_without_transport() + self.transport
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ingredient {
    /// Stable across editions, e.g. `rice-white`.
    pub id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    pub category: Category,
    pub variant: Variant,
    pub stages: StageFactors,
    pub source: Source,
    /// Data quality, 1 (best) to 5 (worst); Agribalyse's DQR where it has one.
    pub data_quality: f64,
    /// Set when the factor belongs to a similar food (e.g. morel for shiitake).
    pub proxy_note: Option<String>,
    /// Where the edible fraction and cooked yield come from.
    pub metadata_note: String,
    /// Why this source was chosen for Taiwan over the others (edition 2 on).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub choice: String,
    /// Share of the purchased mass that is eaten (Ecobalyse: 1 - inedible part).
    pub edible_fraction: f64,
    /// Cooked mass per raw mass (Ecobalyse raw-to-cooked ratio).
    pub cooked_yield: f64,
    /// Travels refrigerated (Ecobalyse transport cooling "always").
    pub refrigerated: bool,
    pub default_origin: Origin,
    /// A cooking method id, or "none".
    pub default_cooking: String,
    /// What one kg of the factor means (method 2; edition 1 has none and is
    /// read as raw, as purchased).
    #[serde(default)]
    pub basis: Basis,
}

impl Ingredient {
    /// The headline factor shown in lists: cradle to shop, with the source's own transport.
    pub fn kg_co2e_per_kg(&self) -> f64 {
        self.stages.total()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransportFactor {
    pub mode: TransportMode,
    /// kg CO2e per tonne-kilometre.
    pub ambient: f64,
    pub refrigerated: f64,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Leg {
    pub mode: TransportMode,
    pub km: f64,
}

/// The legs assumed for an origin when the restaurant gives none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OriginPreset {
    pub origin: Origin,
    pub legs: Vec<Leg>,
    pub rationale: String,
}

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

/// One band of the rating scale: a meal at or below `max_kg` (if any) gets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatingBand {
    pub band: super::rating::Band,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultPackaging {
    pub lunch_box: Vec<super::input::PackagingUse>,
    pub dish: Vec<super::input::PackagingUse>,
}

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
