//! `GET /api/v1/ingredients`: the emission factors of the current edition.

use super::super::ApiError;
use axum::Json;
use axum::extract::State;
use domain::meals::standard::{Category, Ingredient, Variant};
use meals::store::standard;
use platform::ssr::AppState;
use serde::Serialize;
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

impl IngredientOut {
    fn of(i: &Ingredient, edition: u32) -> Self {
        IngredientOut {
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
            edition,
        }
    }
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
            .map(|i| IngredientOut::of(i, std.edition))
            .collect(),
    ))
}
