//! The body of `POST /api/v1/footprint`, and its reading as the domain's input.

use domain::meals::standard::{Basis, FoodPart, FoodState, KitchenGas, Leg, Origin, TransportMode};
use domain::meals::{ItemInput, MealInput, MealKind, PackagingUse};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegIn {
    /// road, small_truck, rail, sea or air.
    #[schema(value_type = String, example = "small_truck")]
    pub mode: TransportMode,
    // The bounds of `domain::meals::input` (the API test compares them).
    #[schema(minimum = 0.0, maximum = 20000.0)]
    pub km: f64,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemIn {
    pub ingredient_id: String,
    /// Grams of one portion: as served (edible part, cooked if the ingredient is cooked) unless `weighed` says otherwise.
    #[schema(exclusive_minimum = 0.0, maximum = 5000.0)]
    pub grams: f64,
    /// What the cook weighed (edition 2 on): `state` raw or cooked, `part` edible or as_bought (bone-in, shell-on); default: as served.
    pub weighed: Option<WeighedIn>,
    /// taitung_local, other_taiwan, imported or imported_by_air; default: the ingredient's usual origin.
    #[schema(value_type = Option<String>, example = "taitung_local")]
    pub origin: Option<Origin>,
    /// Real transport legs; default: the origin's preset legs.
    #[schema(max_items = 6)]
    pub legs: Option<Vec<LegIn>>,
    /// A cooking method id (frying, pan-cooking, pan-warming, oven, microwave) or none; default: the ingredient's usual one.
    pub cooking: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WeighedIn {
    /// raw or cooked.
    #[schema(value_type = String, example = "raw")]
    pub state: FoodState,
    /// edible or as_bought.
    #[schema(value_type = String, example = "as_bought")]
    pub part: FoodPart,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PackagingIn {
    pub id: String,
    #[schema(minimum = 1, maximum = 20)]
    #[serde(deserialize_with = "whole_number")]
    pub count: u32,
}

/// A count as JSON gives it: `3` or `3.0` (JSON Schema's integers include a
/// number with a zero fraction); anything else is refused.
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = f64::deserialize(d)?;
    if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
        Ok(n as u32)
    } else {
        Err(serde::de::Error::custom(format!("expected a whole number, got {n}")))
    }
}

/// A year as JSON gives it: `2026` or `2026.0`; anything else is refused
/// (the range is the calculator's to check, with its own message).
fn whole_year<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    Option::<f64>::deserialize(d)?
        .map(|n| {
            if n.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) {
                Ok(n as i32)
            } else {
                Err(serde::de::Error::custom(format!("expected a whole year, got {n}")))
            }
        })
        .transpose()
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FootprintIn {
    /// lunch_box (default) or dish.
    #[schema(value_type = Option<String>, example = "lunch_box")]
    pub kind: Option<MealKind>,
    #[schema(min_items = 1, max_items = 60)]
    pub items: Vec<ItemIn>,
    /// Default: a paper box and a bag for a lunch box, reusable tableware for a dish.
    pub packaging: Option<Vec<PackagingIn>>,
    /// Share of the food prepared that is not eaten, from 0 to below 0.9; default 0.1.
    #[schema(minimum = 0.0, exclusive_maximum = 0.9)]
    pub waste_share: Option<f64>,
    /// The kitchen's gas (edition 2 on): lpg (default) or town_gas.
    #[schema(value_type = Option<String>, example = "lpg")]
    pub gas: Option<KitchenGas>,
    /// The year the meal is served, 2000 to 2100 (edition 2 on: the grid factor of that year, or the latest published before it); default: the latest published.
    #[schema(minimum = 2000, maximum = 2100)]
    #[serde(default, deserialize_with = "whole_year")]
    pub served_year: Option<i32>,
}

/// The request as the domain's input. Names of closed sets (kind, origin,
/// mode) were checked when the body was read.
pub fn to_input(req: FootprintIn) -> MealInput {
    MealInput {
        kind: req.kind.unwrap_or_default(),
        items: req
            .items
            .into_iter()
            .map(|it| ItemInput {
                ingredient_id: it.ingredient_id,
                grams: it.grams,
                weighed: it.weighed.map(|w| Basis {
                    state: w.state,
                    part: w.part,
                }),
                origin: it.origin,
                legs: it
                    .legs
                    .map(|legs| legs.into_iter().map(|l| Leg { mode: l.mode, km: l.km }).collect()),
                cooking: it.cooking,
                supplier: None,
            })
            .collect(),
        packaging: req.packaging.map(|p| {
            p.into_iter()
                .map(|p| PackagingUse {
                    id: p.id,
                    count: p.count,
                })
                .collect()
        }),
        waste_share: req.waste_share,
        gas: req.gas,
        served_year: req.served_year,
    }
}
