//! The language switch, and the end-to-end tests' hooks (clock, last mail, an example ID).

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

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
