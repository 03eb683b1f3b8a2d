use super::{error, internal};
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::meals::footprint::Flag;
use domain::meals::standard::{Leg, Origin, TransportMode};
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
    pub category: String,
    /// conventional, organic, local, imported or greenhouse.
    pub variant: String,
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

fn name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The emission factors of the current edition of the standard.
#[utoipa::path(get, path = "/api/v1/ingredients", responses((status = 200, body = [IngredientOut])))]
pub async fn ingredients(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
) -> Response {
    let std = match standard::latest(&state.db, &meals_state.standard).await {
        Ok(s) => s,
        Err(e) => return internal(e),
    };
    Json(
        std.ingredients
            .iter()
            .map(|i| IngredientOut {
                id: i.id.clone(),
                name_zh_tw: i.name_zh_tw.clone(),
                name_en: i.name_en.clone(),
                category: name(&i.category),
                variant: name(&i.variant),
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
            .collect::<Vec<_>>(),
    )
    .into_response()
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegIn {
    /// road, small_truck, rail, sea or air.
    pub mode: String,
    pub km: f64,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemIn {
    pub ingredient_id: String,
    /// Grams on the plate (cooked, edible part).
    pub grams: f64,
    /// taitung_local, other_taiwan, imported or imported_by_air; default: the ingredient's usual origin.
    pub origin: Option<String>,
    /// Real transport legs; default: the origin's preset legs.
    pub legs: Option<Vec<LegIn>>,
    /// A cooking method id (frying, pan-cooking, pan-warming, oven, microwave) or none; default: the ingredient's usual one.
    pub cooking: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PackagingIn {
    pub id: String,
    pub count: u32,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FootprintIn {
    /// lunch_box (default) or dish.
    pub kind: Option<String>,
    pub items: Vec<ItemIn>,
    /// Default: a paper box and a bag for a lunch box, reusable tableware for a dish.
    pub packaging: Option<Vec<PackagingIn>>,
    /// Share of the food prepared that is not eaten, 0 to 0.9; default 0.1.
    pub waste_share: Option<f64>,
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
    pub origin: String,
    pub cooking: String,
    pub stages: StagesOut,
}

#[derive(Serialize, ToSchema)]
pub struct RatingOut {
    /// green, yellow or red.
    pub band: String,
    pub target_kg: f64,
    pub above_target_kg: f64,
}

#[derive(Serialize, ToSchema)]
pub struct FootprintOut {
    pub total_kg_co2e: f64,
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

fn parse_enum<T: for<'de> Deserialize<'de>>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// The request as the domain's input, or the message saying what is wrong with it.
fn to_input(req: FootprintIn) -> Result<MealInput, String> {
    let kind = match req.kind.as_deref() {
        None => MealKind::LunchBox,
        Some(k) => parse_enum(k).ok_or_else(|| format!("kind must be lunch_box or dish, not {k:?}"))?,
    };
    let mut items = Vec::with_capacity(req.items.len());
    for (i, it) in req.items.into_iter().enumerate() {
        let origin: Option<Origin> = match it.origin.as_deref() {
            None => None,
            Some(o) => Some(parse_enum(o).ok_or_else(|| {
                format!("items[{i}].origin must be taitung_local, other_taiwan, imported or imported_by_air, not {o:?}")
            })?),
        };
        let legs = match it.legs {
            None => None,
            Some(legs) => Some(
                legs.into_iter()
                    .map(|l| {
                        let mode: TransportMode = parse_enum(&l.mode).ok_or_else(|| {
                            format!(
                                "items[{i}].legs: mode must be road, small_truck, rail, sea or air, not {:?}",
                                l.mode
                            )
                        })?;
                        Ok(Leg { mode, km: l.km })
                    })
                    .collect::<Result<Vec<_>, String>>()?,
            ),
        };
        items.push(ItemInput {
            ingredient_id: it.ingredient_id,
            grams: it.grams,
            origin,
            legs,
            cooking: it.cooking,
        });
    }
    Ok(MealInput {
        kind,
        items,
        packaging: req.packaging.map(|p| {
            p.into_iter()
                .map(|p| PackagingUse {
                    id: p.id,
                    count: p.count,
                })
                .collect()
        }),
        waste_share: req.waste_share,
    })
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
    }
}

/// Computes the footprint of a meal on the current edition of the standard.
#[utoipa::path(post, path = "/api/v1/footprint", request_body = FootprintIn,
    responses((status = 200, body = FootprintOut), (status = 400, body = super::ApiError)))]
pub async fn footprint(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
    body: Result<Json<FootprintIn>, JsonRejection>,
) -> Response {
    let req = match body {
        Ok(Json(r)) => r,
        Err(rejection) => return error(StatusCode::BAD_REQUEST, "invalid_json", rejection.body_text()),
    };
    let input = match to_input(req) {
        Ok(i) => i,
        Err(message) => return error(StatusCode::BAD_REQUEST, "invalid_meal", message),
    };
    let std = match standard::latest(&state.db, &meals_state.standard).await {
        Ok(s) => s,
        Err(e) => return internal(e),
    };
    match domain::meals::compute(&std, &input) {
        Ok(f) => Json(FootprintOut {
            total_kg_co2e: f.total_kg_co2e,
            stages: stages(&f.stages),
            lines: f
                .lines
                .iter()
                .map(|l| LineOut {
                    ingredient_id: l.ingredient_id.clone(),
                    grams: l.grams,
                    kg_co2e: l.kg_co2e,
                    origin: name(&l.origin),
                    cooking: l.cooking.clone(),
                    stages: stages(&l.stages),
                })
                .collect(),
            rating: RatingOut {
                band: name(&f.rating.band),
                target_kg: f.rating.target_kg,
                above_target_kg: f.rating.above_target_kg,
            },
            edition: f.edition,
            flags: f.flags.iter().map(flag_name).collect(),
        })
        .into_response(),
        Err(e) => error(StatusCode::BAD_REQUEST, "invalid_meal", meal_error_message(&e)),
    }
}
