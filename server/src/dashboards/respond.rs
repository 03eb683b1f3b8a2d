//! An export's answer: the CSV or JSON, or the refusal in the API's shape.

use super::lines::Line;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use platform::AppError;

/// The open-data licence the public summaries are published under: the
/// Open Government Data License, version 1.0 (政府資料開放授權條款－第1版).
pub const OPEN_DATA_LICENCE: &str = "https://data.gov.tw/license";

/// The `Link` header that states an open export's licence.
fn licence_link() -> (header::HeaderName, String) {
    (header::LINK, format!("<{OPEN_DATA_LICENCE}>; rel=\"license\""))
}

/// The lines as a CSV download named `name` (`public`: open data, with
/// its licence).
pub(crate) fn csv_response(lines: &[Line], name: &str, public: bool) -> Response {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w
        .write_record(["區段 Section", "項目 Item", "指標 Measure", "數值 Value"])
        .is_ok();
    for l in lines {
        ok &= w.write_record(l.iter().map(|c| crate::spreadsheet::cell(c))).is_ok();
    }
    let body = match (ok, w.into_inner()) {
        (true, Ok(bytes)) => bytes,
        _ => return crate::rest::ApiError::internal("CSV writing failed").into_response(),
    };
    let mut out = vec![0xEF, 0xBB, 0xBF];
    out.extend(body);
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        axum::response::AppendHeaders(public.then(licence_link)),
        out,
    )
        .into_response()
}

pub(crate) fn json_response<T: serde::Serialize>(value: &T, public: bool) -> Response {
    let cache = if public { "public, max-age=300" } else { "no-store" };
    let licence = axum::response::AppendHeaders(public.then(licence_link));
    ([(header::CACHE_CONTROL, cache)], licence, axum::Json(value)).into_response()
}

pub(crate) fn refused<S: platform::error::Refusal>(e: AppError<S>) -> Response {
    match e {
        AppError::NotSignedIn => axum::response::Redirect::to("/login").into_response(),
        AppError::Forbidden | AppError::PasswordChangeRequired | AppError::SecondFactorRequired => {
            StatusCode::FORBIDDEN.into_response()
        }
        AppError::Period(_) | AppError::InvalidInput => (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        // A service this installation does not run.
        AppError::NotFound => StatusCode::NOT_FOUND.into_response(),
        e => crate::rest::ApiError::internal(e).into_response(),
    }
}

/// How a view goes out: as a CSV download named `name`, made of `lines`,
/// or as JSON (cached by browsers and proxies when `public`).
pub(crate) enum Export<T> {
    Csv {
        name: &'static str,
        lines: fn(&T) -> Vec<Line>,
        /// Open data (with its licence).
        public: bool,
    },
    Json {
        public: bool,
    },
}

/// The loaded view in its format, or the reason it was refused.
pub(crate) fn export<T: serde::Serialize, S: platform::error::Refusal>(
    loaded: Result<T, AppError<S>>,
    format: Export<T>,
) -> Response {
    match (loaded, format) {
        (Err(e), _) => refused(e),
        (Ok(v), Export::Csv { name, lines, public }) => csv_response(&lines(&v), name, public),
        (Ok(v), Export::Json { public }) => json_response(&v, public),
    }
}
