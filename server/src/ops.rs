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

/// The nonce of this response's Content-Security-Policy, made here for every
/// request and given to the page renderer (which puts it on its scripts).
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn new() -> Self {
        use base64::Engine;
        let bytes: [u8; 16] = rand::random();
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }
}

/// The site's static files (the WebAssembly, scripts, styles, icons), which
/// hold nothing personal and may be cached.
fn is_static_asset(path: &str) -> bool {
    path.starts_with("/pkg/")
        || [".css", ".js", ".wasm", ".ico", ".png", ".svg", ".woff2", ".webmanifest"]
            .iter()
            .any(|ext| path.ends_with(ext))
}

/// Security headers on every response. A page allows our own scripts (the
/// hydration script by its nonce) and WebAssembly compilation, nothing inline
/// without the nonce, and no framing; anything else gets the strict default.
pub async fn security_headers(State(hsts): State<bool>, mut req: Request<Body>, next: Next) -> Response {
    let nonce = CspNonce::new();
    req.extensions_mut().insert(nonce.clone());
    let asset = is_static_asset(req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    // Pages and answers hold personal data: no browser or proxy keeps them,
    // unless the handler chose otherwise (the open data says `no-cache`).
    if !asset && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Same-origin referers let forms without JavaScript return to their page.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    let html = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let policy = if html {
        HeaderValue::from_str(&format!(
            "default-src 'self'; script-src 'self' 'nonce-{}' 'wasm-unsafe-eval'; \
             style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
             font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            nonce.0
        ))
        .ok()
    } else {
        None
    };
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        policy.unwrap_or(HeaderValue::from_static(
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        )),
    );
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

/// `POST /__e2e/clock?advance=SECONDS` (mounted only with E2E_HOOKS):
/// moves the clock forward and answers the new time.
pub async fn advance_clock(
    State(state): State<platform::ssr::AppState>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let Some(seconds) = q
        .get("advance")
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|s| (0..=86_400 * 60).contains(s))
    else {
        return (StatusCode::BAD_REQUEST, "advance=SECONDS between 0 and 60 days").into_response();
    };
    state.clock.advance(seconds);
    (StatusCode::OK, state.clock.now().to_string()).into_response()
}

/// `GET /__e2e/mail?to=ADDRESS` (mounted only with E2E_HOOKS): the body of
/// the last message put in the outbox for that address (the tests follow
/// the links mailed, as a person would).
pub async fn last_mail(
    State(state): State<platform::ssr::AppState>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let Some(to) = q.get("to") else {
        return (StatusCode::BAD_REQUEST, "to=ADDRESS").into_response();
    };
    let body: Result<Option<String>, sqlx::Error> =
        sqlx::query_scalar("SELECT body FROM mail_outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1")
            .bind(to.trim().to_lowercase())
            .fetch_optional(&state.db.pool)
            .await;
    match body {
        Ok(Some(body)) => (StatusCode::OK, body).into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// `GET /__e2e/national-id` (mounted only with E2E_HOOKS): a valid ID number
/// that no earlier call gave, made by the domain's own rule.
pub async fn example_national_id() -> Response {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let serial = 5_000_000 + NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    match domain::booking::NationalId::example('F', 2, serial) {
        Some(id) => (StatusCode::OK, id.expose().to_string()).into_response(),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
