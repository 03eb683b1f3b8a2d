//! Ingredients and their emission factors, with the sources they come from.

use super::source::Source;
use super::transport::*;
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

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

pub(crate) fn method_1() -> u32 {
    METHOD_1
}

pub(crate) fn low_quality() -> f64 {
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
