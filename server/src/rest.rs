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
use platform::ssr::db::StoreError;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Early-intervention booking and low-carbon meals for Taiwan's local governments",
        description = "Open data on assessment centres and their availability, and the meal carbon-footprint calculator.",
        version = "1.0.0"
    ),
    paths(booking::centres, booking::availability, meals::ingredients, meals::footprint),
    components(schemas(
        ApiErrorBody,
        booking::CentreOut,
        booking::DayOut,
        meals::IngredientOut,
        meals::FootprintIn,
        meals::ItemIn,
        meals::LegIn,
        meals::WeighedIn,
        meals::PackagingIn,
        meals::RangeOut,
        meals::FootprintOut,
        meals::StagesOut,
        meals::LineOut,
        meals::RatingOut,
    ))
)]
pub struct ApiDoc;

pub fn router(server: &crate::Server) -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(meals::document))
        .route("/api/v1/centres", get(booking::centres))
        .route("/api/v1/availability", get(booking::availability))
        .route("/api/v1/ingredients", get(meals::ingredients))
        .route("/api/v1/footprint", post(meals::footprint))
        .layer(axum::Extension(server.meals.clone()))
        .layer(axum::Extension(server.booking.clone()))
}

/// The one shape of every error answer: a stable code and an English message.
#[derive(Serialize, ToSchema)]
#[schema(as = ApiError)]
pub struct ApiErrorBody {
    /// A stable code, e.g. `bad_date`, `invalid_meal`, `busy`, `internal`.
    pub error: String,
    pub message: String,
}

/// An error answer of the REST API: its status and its body. Handlers return
/// `Result<Json<T>, ApiError>`; a store error becomes "busy" (503, try again)
/// or an internal error that is logged and says nothing of its cause.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    /// The request is wrong; the message says how.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
        }
    }

    /// Something failed on our side: logged with its cause, answered without it.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "internal error; nothing was changed".into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Busy => ApiError {
                status: StatusCode::SERVICE_UNAVAILABLE,
                code: "busy",
                message: "the database is busy; try again".into(),
            },
            other => ApiError::internal(other),
        }
    }
}

/// A use-case error shared with the pages: the database's busy answer keeps
/// its meaning, anything else is the server's fault here (the REST handlers
/// check their input before they call the use case).
impl<S: platform::error::Refusal> From<platform::AppError<S>> for ApiError {
    fn from(e: platform::AppError<S>) -> Self {
        match e {
            platform::AppError::Busy => StoreError::Busy.into(),
            other => ApiError::internal(other),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (
            self.status,
            Json(ApiErrorBody {
                error: self.code.to_string(),
                message: self.message,
            }),
        )
            .into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("1"),
            );
        }
        res
    }
}

#[cfg(test)]
mod tests;
