//! Security headers (CSP with a nonce, HSTS) and the same-origin check of state-changing requests.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

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
pub(crate) fn is_static_asset(path: &str) -> bool {
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
    // A handler's own policy is kept (an evidence file is served sandboxed).
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            policy.unwrap_or(HeaderValue::from_static(
                "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
            )),
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
