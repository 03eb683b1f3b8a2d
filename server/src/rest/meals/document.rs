//! `GET /api/openapi.json`: the API's document with the values the calculator accepts.

use super::super::ApiError;
use axum::Json;
use axum::extract::State;
use domain::meals::MealKind;
use domain::meals::standard::{FoodPart, FoodState, KitchenGas, Origin, TransportMode};
use meals::store::standard;
use platform::ssr::AppState;

/// `GET /api/openapi.json`: the API's document, with the values the
/// calculator accepts written in as enumerations: the current standard's
/// ingredient, cooking and packaging ids, and the domain's closed sets
/// (origins, transport modes, meal kinds). A client (or a test generating
/// requests from the document) then knows every id the calculator takes.
pub async fn document(
    State(state): State<AppState>,
    axum::Extension(meals_state): axum::Extension<meals::state::MealsState>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let std = standard::latest(&state.db, &meals_state.standard).await?;
    let mut doc =
        serde_json::to_value(<super::super::ApiDoc as utoipa::OpenApi>::openapi()).map_err(ApiError::internal)?;
    for (schema, property, values) in enumerations(&std) {
        if let Some(p) = doc
            .pointer_mut(&format!("/components/schemas/{schema}/properties/{property}"))
            .and_then(|p| p.as_object_mut())
        {
            p.insert("enum".into(), values);
        }
    }
    Ok(Json(doc))
}

/// Each property's accepted values: the standard's ids and the domain's
/// closed sets (a property that may be left out also takes null).
fn enumerations(std: &domain::meals::Standard) -> Vec<(&'static str, &'static str, serde_json::Value)> {
    use domain::Named;
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
    vec![
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
    ]
}
