//! What a form showed when the server refused it. A form posted without
//! JavaScript (every form outside an island) comes back to its page with the
//! error in the URL; this layer also keeps what was typed, sealed in a
//! short-lived cookie, so that the page can fill the form in again. Password
//! fields are never kept. Pages read it with `platform::error::typed_back`.

use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, header};
use axum::middleware::Next;
use axum::response::Response;
use platform::echo::{COOKIE, Typed};
use platform::ssr::AppState;

/// The largest form body kept (a registration is well under 4 KB).
const MAX_BODY: usize = 16 * 1024;

/// How long what was typed is kept (the cookie's lifetime, and its expiry sealed inside).
const KEPT_SECS: i64 = 300;

pub async fn keep_refused_forms(State(state): State<AppState>, req: Request<Body>, next: Next) -> Response {
    let is_form_post = req.method() == Method::POST
        && req.uri().path().starts_with("/api/")
        && header_has(&req, header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        && header_has(&req, header::ACCEPT, "text/html");
    if !is_form_post {
        return next.run(req).await;
    }
    let path = req.uri().path().to_string();
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response_with_body();
    };
    let mut res = next.run(Request::from_parts(parts, Body::from(bytes.clone()))).await;
    let refused = res
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.contains("__err="));
    if refused {
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .unwrap_or_default()
            .into_iter()
            .filter(|(k, _)| !k.contains("password"))
            .collect();
        let typed = Typed { path, fields };
        if let Ok(json) = serde_json::to_string(&typed) {
            let sealed = state.keys.seal_cookie(json.as_bytes(), state.clock.now() + KEPT_SECS);
            let secure = if state.config.public_base_url.starts_with("https://") {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!("{COOKIE}={sealed}; Path=/; Max-Age={KEPT_SECS}; HttpOnly; SameSite=Lax{secure}");
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }
    res
}

fn header_has(req: &Request<Body>, name: header::HeaderName, value: &str) -> bool {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains(value))
}

trait IntoResponseWithBody {
    fn into_response_with_body(self) -> Response;
}

impl IntoResponseWithBody for axum::http::StatusCode {
    fn into_response_with_body(self) -> Response {
        axum::response::IntoResponse::into_response((self, "the form is too large"))
    }
}
