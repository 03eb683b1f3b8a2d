//! Operations: health, metrics, request ids and logs without personal data,
//! security headers, and the cross-site request check.

use axum::body::Body;
use axum::extract::{MatchedPath, State};
use axum::http::{Method, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;
mod headers;
pub use headers::*;
mod hooks;
pub use hooks::*;

static PROMETHEUS: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process-wide metrics recorder (installed once, also when tests start several servers).
pub fn prometheus() -> PrometheusHandle {
    PROMETHEUS
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[
                        0.001, 0.0025, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    ],
                )
                .and_then(|b| b.install_recorder())
                .unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "metrics recorder not installed; using a detached one");
                    PrometheusBuilder::new().build_recorder().handle()
                })
        })
        .clone()
}

/// `GET /metrics`: with `METRICS_TOKEN` set, for a request bearing it;
/// without, for a request from this machine that no proxy forwarded. Anyone
/// else is refused: the figures say how busy the service for children is.
pub async fn metrics_endpoint(
    State(token): State<Option<std::sync::Arc<secrecy::SecretString>>>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    headers: axum::http::HeaderMap,
) -> Response {
    use secrecy::ExposeSecret;
    let allowed = match &token {
        Some(token) => headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| {
                platform::ssr::keys::subtle_eq::ct_eq(given.as_bytes(), token.expose_secret().as_bytes())
            }),
        None => {
            let forwarded = headers.contains_key("x-forwarded-for") || headers.contains_key(header::FORWARDED);
            peer.ip().is_loopback() && !forwarded
        }
    };
    if !allowed {
        return StatusCode::FORBIDDEN.into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        prometheus().render(),
    )
        .into_response()
}

pub async fn healthz(State(state): State<platform::ssr::AppState>) -> Response {
    if crate::db::healthy(&state.db).await {
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"status":"ok","database":"ok"}"#,
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"status":"error","database":"unreachable"}"#,
        )
            .into_response()
    }
}

/// The route template (never the concrete path, which could carry a token) or "static".
fn route_label(req: &Request<Body>) -> String {
    req.extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "static".into())
}

/// A request method as a metric label: the standard ones, anything else
/// "other", so that a client cannot make up new series.
fn method_label(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Counts and times every request, and logs it with its request id: method,
/// route template, status and duration only.
pub async fn observe(req: Request<Body>, next: Next) -> Response {
    let method = method_label(req.method()).to_string();
    let route = route_label(&req);
    let request_id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_string();
    let started = Instant::now();
    let response = next.run(req).await;
    let secs = started.elapsed().as_secs_f64();
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status.clone())
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method.clone(), "route" => route.clone())
        .record(secs);
    tracing::info!(target: "http", request_id, method, route, status, ms = (secs * 1000.0).round() as u64, "request");
    response
}

/// Ends a signed-in session that outlived its role's absolute limit
/// (`Role::session_limits`: staff and administrators 12 hours after signing
/// in), before anything reads who is signed in. The idle limit is the
/// session's own expiry.
pub async fn session_limits(
    State(state): State<platform::ssr::AppState>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    if let Some(auth) = req
        .extensions_mut()
        .get_mut::<platform::ssr::auth_backend::AuthSession>()
        && let Some(role) = auth.user.as_ref().map(|u| u.role)
    {
        let signed_in_at: Option<i64> = auth
            .session
            .get(platform::ssr::guard::SIGNED_IN_AT)
            .await
            .ok()
            .flatten();
        if role.session_limits().outlived(signed_in_at, state.clock.now()) {
            if let Err(e) = auth.logout().await {
                tracing::warn!(error = %e, "ending an outlived session failed");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
            tracing::info!("a session outlived its limit and was ended");
        }
    }
    next.run(req).await
}
