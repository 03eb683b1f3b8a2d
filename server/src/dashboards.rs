//! The dashboards' exports: CSV (UTF-8 with a byte-order mark, for Excel)
//! and an open-data JSON document, of the same figures the pages show
//! (computed once, by the domain). The administrators' exports need their
//! permission; the public summaries' are open.
//!
//! The CSV is long and tidy: one figure per line, as section, item,
//! measure and value, so that a spreadsheet can pivot it.

use axum::Extension;
use axum::extract::{Query, State};
use axum::response::Response;
use booking::types::{CityDashboardView, CityFilterForm};
use booking::usecase::{city_dashboard::Viewer, city_summary::city_summary};
use domain::platform::Permission;
use meals::server_fns::dashboard::CountyDashboardView;
use meals::state::MealsCx;
use meals::state::MealsState;
use meals::usecase::{county_dashboard::CountyFilterForm, county_summary::county_summary};
use platform::ssr::AppState;
use platform::ssr::Context;
use platform::ssr::auth_backend::AuthSession;
use platform::ssr::guard::actor_of;
use serde::Deserialize;
mod lines;
pub use lines::*;
mod respond;
use respond::*;

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    centre: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    township: String,
}

async fn city_view(
    state: &AppState,
    auth: AuthSession,
    f: &Filter,
) -> Result<CityDashboardView, booking::error::AppError> {
    let viewer: Viewer = actor_of(&state.db, auth.user, Permission::ReadCityDashboard).await?;
    let form = CityFilterForm {
        from: f.from.clone(),
        to: f.to.clone(),
        centre: f.centre.clone(),
        district: f.district.clone(),
    };
    booking::usecase::city_dashboard::city_dashboard(&Context::background(state), &viewer, &form).await
}

async fn county_view(
    state: &AppState,
    meals: &MealsState,
    auth: AuthSession,
    f: &Filter,
) -> Result<CountyDashboardView, meals::error::AppError> {
    let me = actor_of(&state.db, auth.user, Permission::ReadCountyDashboard).await?;
    let cx = MealsCx::new(Context::background(state), meals.clone());
    let form = CountyFilterForm {
        from: f.from.clone(),
        to: f.to.clone(),
        township: f.township.clone(),
    };
    meals::usecase::county_dashboard::county_dashboard_view(&cx, &me, &form).await
}

/// The dashboards' pages' exports.
pub fn router(server: &crate::Server) -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/city/dashboard.csv", get(city_csv))
        .route("/city/dashboard.json", get(city_json))
        .route("/stats/early-intervention.csv", get(city_public_csv))
        .route("/stats/early-intervention.json", get(city_public_json))
        .route("/county/dashboard.csv", get(county_csv))
        .route("/county/dashboard.json", get(county_json))
        .route("/stats/meals.csv", get(county_public_csv))
        .route("/stats/meals.json", get(county_public_json))
        .layer(Extension(server.meals.clone()))
}

/// `GET /city/dashboard.csv`
pub async fn city_csv(State(state): State<AppState>, auth: AuthSession, Query(f): Query<Filter>) -> Response {
    let csv = Export::Csv {
        name: "early-intervention-dashboard",
        lines: city_lines,
        public: false,
    };
    export(city_view(&state, auth, &f).await, csv)
}

/// `GET /city/dashboard.json`
pub async fn city_json(State(state): State<AppState>, auth: AuthSession, Query(f): Query<Filter>) -> Response {
    export(city_view(&state, auth, &f).await, Export::Json { public: false })
}

/// `GET /stats/early-intervention.csv` (public)
pub async fn city_public_csv(State(state): State<AppState>, Query(f): Query<Filter>) -> Response {
    let csv = Export::Csv {
        name: "early-intervention-summary",
        lines: city_public_lines,
        public: true,
    };
    export(city_summary(&Context::background(&state), &f.from, &f.to).await, csv)
}

/// `GET /stats/early-intervention.json` (public)
pub async fn city_public_json(State(state): State<AppState>, Query(f): Query<Filter>) -> Response {
    export(
        city_summary(&Context::background(&state), &f.from, &f.to).await,
        Export::Json { public: true },
    )
}

/// `GET /county/dashboard.csv`
pub async fn county_csv(
    State(state): State<AppState>,
    Extension(meals): Extension<MealsState>,
    auth: AuthSession,
    Query(f): Query<Filter>,
) -> Response {
    let csv = Export::Csv {
        name: "low-carbon-meals-dashboard",
        lines: county_lines,
        public: false,
    };
    export(county_view(&state, &meals, auth, &f).await, csv)
}

/// `GET /county/dashboard.json`
pub async fn county_json(
    State(state): State<AppState>,
    Extension(meals): Extension<MealsState>,
    auth: AuthSession,
    Query(f): Query<Filter>,
) -> Response {
    export(
        county_view(&state, &meals, auth, &f).await,
        Export::Json { public: false },
    )
}

/// `GET /stats/meals.csv` (public)
pub async fn county_public_csv(
    State(state): State<AppState>,
    Extension(meals): Extension<MealsState>,
    Query(f): Query<Filter>,
) -> Response {
    let csv = Export::Csv {
        name: "low-carbon-meals-summary",
        lines: county_public_lines,
        public: true,
    };
    let cx = MealsCx::new(Context::background(&state), meals);
    export(county_summary(&cx, &f.from, &f.to).await, csv)
}

/// `GET /stats/meals.json` (public)
pub async fn county_public_json(
    State(state): State<AppState>,
    Extension(meals): Extension<MealsState>,
    Query(f): Query<Filter>,
) -> Response {
    let cx = MealsCx::new(Context::background(&state), meals);
    export(county_summary(&cx, &f.from, &f.to).await, Export::Json { public: true })
}
