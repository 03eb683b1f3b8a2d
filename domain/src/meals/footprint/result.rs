//! What a footprint says: the stages, the lines, the flags and the range.

use crate::meals::input::MealKind;
use crate::meals::rating::Rating;
use crate::meals::standard::{Leg, METHOD_1, Origin};
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageTotals {
    pub ingredients: f64,
    pub transport: f64,
    pub cooking: f64,
    pub packaging: f64,
    pub waste: f64,
}

impl StageTotals {
    pub fn total(&self) -> f64 {
        self.ingredients + self.transport + self.cooking + self.packaging + self.waste
    }

    pub(crate) fn add(&mut self, o: &StageTotals) {
        self.ingredients += o.ingredients;
        self.transport += o.transport;
        self.cooking += o.cooking;
        self.packaging += o.packaging;
        self.waste += o.waste;
    }
}

/// Where the result rests on an assumption rather than on what the restaurant said.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Flag {
    OriginAssumed {
        item: usize,
    },
    CookingAssumed {
        item: usize,
    },
    ProxyFactor {
        item: usize,
    },
    PackagingAssumed,
    WasteShareAssumed,
    /// Edition 2: the kitchen's gas was not given (bottled LPG assumed).
    GasAssumed,
    /// Edition 2: the grid factor of `year` stands for the year served
    /// (not given, or not published yet).
    GridYearAssumed {
        year: i32,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub ingredient_id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    pub grams: f64,
    pub origin: Origin,
    /// The legs actually used, assumed or given.
    pub legs: Vec<Leg>,
    pub cooking: String,
    /// Mass bought for this line, with the wasted and the inedible part.
    pub purchased_kg: f64,
    /// What the cooking added (frying oil, coating), counted in the stages.
    #[serde(default)]
    pub added_kg: f64,
    /// The factor's data quality, 1 (best) to 5 (worst).
    #[serde(default)]
    pub data_quality: f64,
    pub stages: StageTotals,
    pub kg_co2e: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackagingLine {
    pub id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    pub count: u32,
    pub kg_co2e: f64,
    #[serde(default)]
    pub data_quality: f64,
}

/// One of the largest contributors: an ingredient line (`item`) or packaging (`item: None`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contributor {
    pub item: Option<usize>,
    pub kg_co2e: f64,
    pub share: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Footprint {
    pub edition: u32,
    pub kind: MealKind,
    pub total_kg_co2e: f64,
    pub stages: StageTotals,
    pub lines: Vec<Line>,
    pub packaging: Vec<PackagingLine>,
    pub waste_share: f64,
    pub rating: Rating,
    pub top_contributors: Vec<Contributor>,
    pub flags: Vec<Flag>,
    /// The calculation method of the edition (1 or 2).
    #[serde(default = "method_1")]
    pub method: u32,
    /// The meal's data quality: each line's and the packaging's score,
    /// weighted by its share of the total (1 best, 5 worst).
    #[serde(default)]
    pub data_quality: f64,
    /// The range the total lies in by the quality rule (`spread`).
    #[serde(default)]
    pub range: Range,
}

pub(crate) fn method_1() -> u32 {
    METHOD_1
}

/// Low and high ends of a footprint, kg CO2e.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}
