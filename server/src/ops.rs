//! Operations: health, metrics, request ids and logs without personal data,
//! security headers, and the cross-site request check.

use axum::body::Body;
use axum::extract::{MatchedPath, State};
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

static PROMETHEUS: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process-wide metrics recorder (installed once, also when tests start several servers).
pub fn prometheus() -> PrometheusHandle {
    PROMETHEUS
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0],
                )
                .and_then(|b| b.install_recorder())
                .unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "metrics recorder not installed; using a detached one");
                    PrometheusBuilder::new().build_recorder().handle()
                })
        })
        .clone()
}

pub async fn metrics_endpoint() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        prometheus().render(),
    )
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

/// Counts and times every request, and logs it with its request id: method,
/// route template, status and duration only.
pub async fn observe(req: Request<Body>, next: Next) -> Response {
    let method = req.method().to_string();
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

/// Cross-site request forgery defence for every state-changing request: the
/// session cookie is SameSite=Lax, and the Origin (or, failing that, Referer)
/// must be this site. A request without either and without cookies (another
/// system calling the public API) cannot ride on a session, so it passes.
pub async fn same_origin_only(State(base): State<std::sync::Arc<String>>, req: Request<Body>, next: Next) -> Response {
    let changing = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changing {
        let h = req.headers();
        let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let ok_origin = |o: &str| {
            let o = o.trim_end_matches('/');
            o == base.as_str() || o.strip_prefix("http://").or_else(|| o.strip_prefix("https://")) == Some(host)
        };
        let origin = h.get(header::ORIGIN).and_then(|v| v.to_str().ok());
        let referer = h.get(header::REFERER).and_then(|v| v.to_str().ok());
        let allowed = match (origin, referer) {
            (Some(o), _) => ok_origin(o),
            (None, Some(r)) => {
                let origin_of = r.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
                ok_origin(&origin_of)
            }
            (None, None) => !h.contains_key(header::COOKIE),
        };
        if !allowed {
            tracing::warn!(target: "http", "cross-site request refused");
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
    }
    next.run(req).await
}

/// Security headers on every response; HTML pages set their own CSP with a nonce.
pub async fn security_headers(State(hsts): State<bool>, req: Request<Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Same-origin referers let forms without JavaScript return to their page.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'"),
        );
    }
    if hsts {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}

/// `GET /lang/{code}?next=/path`: remembers the language in a cookie and goes back.
pub async fn switch_language(
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
    State(secure): State<bool>,
) -> Response {
    let code = match code.as_str() {
        "en" => "en",
        _ => "zh-Hant-TW",
    };
    let next = platform::auth::safe_next(q.get("next").cloned()).unwrap_or_else(|| "/".into());
    let cookie = format!(
        "lang={code}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{}",
        if secure { "; Secure" } else { "" }
    );
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, next)]).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}
