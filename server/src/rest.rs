//! The public REST API (open data and the footprint calculator), described by
//! an OpenAPI document at `/api/openapi.json`.

mod booking;
mod meals;

use axum::Json;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use platform::ssr::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Taoyuan early-intervention booking and Taitung low-carbon meals",
        description = "Open data on assessment centres and their availability, and the meal carbon-footprint calculator.",
        version = "1.0.0"
    ),
    paths(booking::centres, booking::availability, meals::ingredients, meals::footprint),
    components(schemas(
        ApiError,
        booking::CentreOut,
        booking::DayOut,
        meals::IngredientOut,
        meals::FootprintIn,
        meals::ItemIn,
        meals::LegIn,
        meals::PackagingIn,
        meals::FootprintOut,
        meals::StagesOut,
        meals::LineOut,
        meals::RatingOut,
    ))
)]
pub struct ApiDoc;

pub fn router(server: &crate::Server) -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .route("/api/v1/centres", get(booking::centres))
        .route("/api/v1/availability", get(booking::availability))
        .route("/api/v1/ingredients", get(meals::ingredients))
        .route("/api/v1/footprint", post(meals::footprint))
        .layer(axum::Extension(server.meals.clone()))
        .layer(axum::Extension(server.booking.clone()))
}

/// An error answer: a stable code and an English message.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    pub error: String,
    pub message: String,
}

pub fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (
        status,
        Json(ApiError {
            error: code.into(),
            message: message.into(),
        }),
    )
        .into_response()
}

pub fn internal(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "API request failed");
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "internal error; nothing was changed",
    )
}
