use super::ApiError;
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use domain::meals::footprint::Flag;
use domain::meals::rating::Band;
use domain::meals::standard::{Basis, Category, FoodPart, FoodState, KitchenGas, Leg, Origin, TransportMode, Variant};
use domain::meals::{ItemInput, MealError, MealInput, MealKind, PackagingUse};
use meals::store::standard;
use platform::ssr::AppState;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct IngredientOut {
    pub id: String,
    pub name_zh_tw: String,
    pub name_en: String,
    /// staple, protein, vegetable, fruit, fat, seasoning or drink.
    #[schema(value_type = String, example = "vegetable")]
    pub category: Category,
    /// conventional, organic, local, imported or greenhouse.
    #[schema(value_type = String, example = "local")]
    pub variant: Variant,
    /// Cradle to shop, kg CO2e per kg as purchased (with the source's own transport).
    pub kg_co2e_per_kg: f64,
    pub farming: f64,
    pub processing: f64,
    pub packaging: f64,
    pub transport: f64,
    pub retail: f64,
    /// Source name, version and item.
    pub source: String,
    pub licence: String,
    /// 1 (best) to 5 (worst).
    pub data_quality: f64,
    pub proxy_note: Option<String>,
    pub edible_fraction: f64,
    pub cooked_yield: f64,
    pub edition: u32,
}

/// The emission factors of the current edition of the standard.
#[utoipa::path(get, path = "/api/v1/ingredients", responses((status = 200, body = [IngredientOut])))]
pub async fn ingredients(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
) -> Result<Json<Vec<IngredientOut>>, ApiError> {
    let std = standard::latest(&state.db, &meals_state.standard).await?;
    Ok(Json(
        std.ingredients
            .iter()
            .map(|i| IngredientOut {
                id: i.id.clone(),
                name_zh_tw: i.name.zh_tw.clone(),
                name_en: i.name.en.clone(),
                category: i.category,
                variant: i.variant,
                kg_co2e_per_kg: i.kg_co2e_per_kg(),
                farming: i.stages.farming,
                processing: i.stages.processing,
                packaging: i.stages.packaging,
                transport: i.stages.transport,
                retail: i.stages.retail,
                source: format!("{} {} - {}", i.source.name, i.source.version, i.source.reference),
                licence: i.source.licence.clone(),
                data_quality: i.data_quality,
                proxy_note: i.proxy_note.clone(),
                edible_fraction: i.edible_fraction,
                cooked_yield: i.cooked_yield,
                edition: std.edition,
            })
            .collect(),
    ))
}

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

/// The request as the domain's input. Names of closed sets (kind, origin,
/// mode) were checked when the body was read.
fn to_input(req: FootprintIn) -> MealInput {
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

fn meal_error_message(e: &MealError) -> String {
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

/// Computes the footprint of a meal on the current edition of the standard.
#[utoipa::path(post, path = "/api/v1/footprint", request_body = FootprintIn,
    responses((status = 200, body = FootprintOut), (status = 400, body = super::ApiErrorBody)))]
pub async fn footprint(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
    body: Result<Json<FootprintIn>, JsonRejection>,
) -> Result<Json<FootprintOut>, ApiError> {
    let Json(req) = body.map_err(|rejection| ApiError::bad_request("invalid_json", rejection.body_text()))?;
    let input = to_input(req);
    let std = standard::latest(&state.db, &meals_state.standard).await?;
    let f = domain::meals::compute(&std, &input)
        .map_err(|e| ApiError::bad_request("invalid_meal", meal_error_message(&e)))?;
    Ok(Json(FootprintOut {
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
    }))
}

/// `GET /api/openapi.json`: the API's document, with the values the
/// calculator accepts written in as enumerations: the current standard's
/// ingredient, cooking and packaging ids, and the domain's closed sets
/// (origins, transport modes, meal kinds). A client (or a test generating
/// requests from the document) then knows every id the calculator takes.
pub async fn document(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
) -> Result<Json<serde_json::Value>, ApiError> {
    use domain::Named;
    let std = standard::latest(&state.db, &meals_state.standard).await?;
    let mut doc = serde_json::to_value(<super::ApiDoc as utoipa::OpenApi>::openapi()).map_err(ApiError::internal)?;
    let names = |it: Vec<String>, nullable: bool| {
        let mut v: Vec<serde_json::Value> = it.into_iter().map(serde_json::Value::String).collect();
        if nullable {
            v.push(serde_json::Value::Null);
        }
        serde_json::Value::Array(v)
    };
    let ingredients = std.ingredients.iter().map(|i| i.id.clone()).collect();
    let cooking = std
        .cooking
        .iter()
        .map(|c| c.id.clone())
        .chain([domain::meals::standard::NO_COOKING.to_owned()])
        .collect();
    let packaging = std.packaging.iter().map(|p| p.id.clone()).collect();
    let closed = |all: Vec<&'static str>| all.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let patches = [
        ("ItemIn", "ingredient_id", names(ingredients, false)),
        ("ItemIn", "cooking", names(cooking, true)),
        (
            "ItemIn",
            "origin",
            names(closed(Origin::all().map(|o| o.as_str()).collect()), true),
        ),
        (
            "LegIn",
            "mode",
            names(closed(TransportMode::all().map(|m| m.as_str()).collect()), false),
        ),
        (
            "WeighedIn",
            "state",
            names(closed(FoodState::all().map(|m| m.as_str()).collect()), false),
        ),
        (
            "WeighedIn",
            "part",
            names(closed(FoodPart::all().map(|m| m.as_str()).collect()), false),
        ),
        ("PackagingIn", "id", names(packaging, false)),
        (
            "FootprintIn",
            "gas",
            names(closed(KitchenGas::all().map(|g| g.as_str()).collect()), true),
        ),
        (
            "FootprintIn",
            "kind",
            names(closed(MealKind::all().map(|k| k.as_str()).collect()), true),
        ),
    ];
    for (schema, property, values) in patches {
        if let Some(p) = doc
            .pointer_mut(&format!("/components/schemas/{schema}/properties/{property}"))
            .and_then(|p| p.as_object_mut())
        {
            p.insert("enum".into(), values);
        }
    }
    Ok(Json(doc))
}
