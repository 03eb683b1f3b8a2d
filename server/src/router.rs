//! The router: pages and server functions (Leptos), the REST API, operations
//! endpoints, and the layers every request passes through.

use crate::{echo, files, ops, rest};
use app::{App, shell};
use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use axum_login::AuthManagerLayerBuilder;
use leptos_axum::{LeptosRoutes, generate_route_list};
use platform::ssr::{AppState, auth_backend::Backend, sessions::DbSessionStore};
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

pub fn build(server: &crate::Server) -> Router {
    let (state, settings) = (server.state.clone(), &server.settings);
    // Installed before the first request, so that no request goes uncounted.
    ops::prometheus();
    let secure = settings.secure_cookies();
    let base = Arc::new(state.config.public_base_url.clone());
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        // `__Host-`: only this host, path /, Secure; a plain name for local
        // development over http, where a browser refuses that prefix.
        .with_name(if secure { "__Host-sid" } else { "sid" })
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(8)));
    let auth = AuthManagerLayerBuilder::new(Backend::new(state.db.clone(), settings.demo_data), sessions).build();

    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let e2e = if settings.e2e_hooks {
        tracing::warn!("E2E_HOOKS is on: the clock can be moved by a request");
        Router::new()
            .route("/__e2e/clock", axum::routing::post(ops::advance_clock))
            .route("/__e2e/national-id", get(ops::example_national_id))
            .route("/__e2e/mail", get(ops::last_mail))
    } else {
        Router::new()
    };
    Router::new()
        .merge(e2e)
        .route("/healthz", get(ops::healthz))
        .route(
            "/metrics",
            get(ops::metrics_endpoint).with_state(settings.metrics_token.clone().map(Arc::new)),
        )
        .route("/lang/{code}", get(ops::switch_language).with_state(secure))
        .route("/ei/ics", axum::routing::post(files::ics_by_reference))
        .route("/ei/my/{id}/ics", get(files::ics_mine))
        // A POST, so that the same-origin check refuses it from another site.
        .route("/staff/days/{id}/export.csv", axum::routing::post(files::day_csv))
        // A photo or document up to 5 MB, with room for the form around it.
        .route(
            "/meals/certification/evidence",
            axum::routing::post(crate::evidence::upload).layer(axum::extract::DefaultBodyLimit::max(
                domain::meals::certificate::MAX_EVIDENCE_BYTES + 64 * 1024,
            )),
        )
        .route("/evidence/{id}", get(crate::evidence::download))
        .merge(crate::dashboards::router(server))
        .merge(rest::router(server))
        .leptos_routes_with_context(&state, routes, server.context(), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            server.context(),
            shell,
        ))
        .layer(from_fn(crate::refusals::statuses))
        .layer(from_fn_with_state(state.clone(), echo::keep_refused_forms))
        .layer(from_fn(ops::observe))
        .layer(from_fn_with_state(state.clone(), ops::session_limits))
        .layer(auth)
        .layer(from_fn_with_state(base, ops::same_origin_only))
        .layer(from_fn_with_state(
            state.config.public_base_url.starts_with("https://"),
            ops::security_headers,
        ))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}
