//! `POST /api/v1/footprint`: a meal's footprint on the current edition of the standard.

use super::super::ApiError;
use super::footprint_in::{FootprintIn, to_input};
use super::footprint_out::{FootprintOut, meal_error_message};
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use meals::store::standard;
use platform::ssr::AppState;

/// Computes the footprint of a meal on the current edition of the standard.
#[utoipa::path(post, path = "/api/v1/footprint", request_body = FootprintIn,
    responses((status = 200, body = FootprintOut), (status = 400, body = super::super::ApiErrorBody)))]
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
    Ok(Json(FootprintOut::from(&f)))
}
