//! The status of a server function's refusal. Leptos answers every error a
//! server function returns with 500; this layer reads the error in the body
//! (it is the function's `AppError`, as JSON) and answers with its own
//! status instead (`AppError::http_status`: 400, 401, 403, 404, 429, 503),
//! with `Retry-After` where waiting helps. The browser's side reads the
//! error from any 4xx or 5xx the same way; only faults stay 500.

use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use platform::AppError;

/// An error body is a short JSON value; anything longer is not one.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn statuses(req: Request<Body>, next: Next) -> Response {
    let server_fn = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !server_fn || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(e) = serde_json::from_slice::<AppError<serde_json::Value>>(&bytes) {
        parts.status = StatusCode::from_u16(e.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let Some(secs) = e.retry_after() {
            parts.headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
