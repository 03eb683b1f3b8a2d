//! The answer of `POST /api/v1/footprint`: the domain's footprint as the API states it.

use domain::meals::MealError;
use domain::meals::footprint::{Flag, Footprint};
use domain::meals::rating::Band;
use domain::meals::standard::Origin;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct StagesOut {
    pub ingredients: f64,
    pub transport: f64,
    pub cooking: f64,
    pub packaging: f64,
    pub waste: f64,
}

#[derive(Serialize, ToSchema)]
pub struct LineOut {
    pub ingredient_id: String,
    pub grams: f64,
    pub kg_co2e: f64,
    #[schema(value_type = String, example = "taitung_local")]
    pub origin: Origin,
    pub cooking: String,
    pub stages: StagesOut,
}

#[derive(Serialize, ToSchema)]
pub struct RatingOut {
    /// green, yellow or red.
    #[schema(value_type = String, example = "green")]
    pub band: Band,
    pub target_kg: f64,
    pub above_target_kg: f64,
}

#[derive(Serialize, ToSchema)]
pub struct RangeOut {
    pub low: f64,
    pub high: f64,
}

#[derive(Serialize, ToSchema)]
pub struct FootprintOut {
    pub total_kg_co2e: f64,
    /// The total to two significant figures, as shown to people.
    pub total_shown: f64,
    /// The range the total lies in by the method's data-quality rule.
    pub range: RangeOut,
    /// The meal's data quality, 1 (best) to 5 (worst), weighted by contribution.
    pub data_quality: f64,
    pub stages: StagesOut,
    pub lines: Vec<LineOut>,
    pub rating: RatingOut,
    /// The edition of the standard used.
    pub edition: u32,
    /// Where a documented default was assumed, e.g. `origin_assumed:0`.
    pub flags: Vec<String>,
}

fn stages(s: &domain::meals::StageTotals) -> StagesOut {
    StagesOut {
        ingredients: s.ingredients,
        transport: s.transport,
        cooking: s.cooking,
        packaging: s.packaging,
        waste: s.waste,
    }
}

impl From<&Footprint> for FootprintOut {
    fn from(f: &Footprint) -> Self {
        FootprintOut {
            total_kg_co2e: f.total_kg_co2e,
            total_shown: domain::stats::two_significant(f.total_kg_co2e),
            range: RangeOut {
                low: f.range.low,
                high: f.range.high,
            },
            data_quality: f.data_quality,
            stages: stages(&f.stages),
            lines: f
                .lines
                .iter()
                .map(|l| LineOut {
                    ingredient_id: l.ingredient_id.clone(),
                    grams: l.grams,
                    kg_co2e: l.kg_co2e,
                    origin: l.origin,
                    cooking: l.cooking.clone(),
                    stages: stages(&l.stages),
                })
                .collect(),
            rating: RatingOut {
                band: f.rating.band,
                target_kg: f.rating.target_kg,
                above_target_kg: f.rating.above_target_kg,
            },
            edition: f.edition,
            flags: f.flags.iter().map(flag_name).collect(),
        }
    }
}

pub fn meal_error_message(e: &MealError) -> String {
    match e {
        MealError::UnknownIngredient { item, id } => {
            format!("items[{item}].ingredient_id {id:?} is not in the standard")
        }
        MealError::BadGrams { item } => format!("items[{item}].grams must be above 0 and at most 5000"),
        MealError::UnknownCooking { item, id } => format!("items[{item}].cooking {id:?} is not a cooking method"),
        MealError::BadDistance { item } => format!("items[{item}].legs: at most 6 legs of 0 to 20000 km each"),
        other => other.to_string(),
    }
}

fn flag_name(f: &Flag) -> String {
    match f {
        Flag::OriginAssumed { item } => format!("origin_assumed:{item}"),
        Flag::CookingAssumed { item } => format!("cooking_assumed:{item}"),
        Flag::ProxyFactor { item } => format!("proxy_factor:{item}"),
        Flag::PackagingAssumed => "packaging_assumed".into(),
        Flag::WasteShareAssumed => "waste_share_assumed".into(),
        Flag::GasAssumed => "gas_assumed".into(),
        Flag::GridYearAssumed { year } => format!("grid_year_assumed:{year}"),
    }
}
