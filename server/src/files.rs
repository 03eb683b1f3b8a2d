//! Downloads: the calendar file of a booking, and a clinic day as CSV.

use axum::Form;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use booking::error::BookingError;
use booking::notify;
use booking::store::{clinic_days, registrations as regs};
use booking::usecase::find_registration::find_registration;
use domain::Named;
use domain::platform::Permission;
use platform::AppError;
use platform::ssr::audit;
use platform::ssr::auth_backend::AuthSession;
use platform::ssr::{AppState, Context, guard::client_key};
use serde::Deserialize;
use std::net::SocketAddr;

fn ics_response(row: &regs::RegistrationRow, site: &str) -> Response {
    match row.visit() {
        Some(v) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"assessment.ics\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            notify::ics(&v, site),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[derive(Deserialize)]
pub struct ByReference {
    reference: String,
    birth_date: String,
}

/// `POST /ei/ics` with the reference and birth date: no account needed, rate limited.
pub async fn ics_by_reference(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: axum::http::HeaderMap,
    Form(f): Form<ByReference>,
) -> Response {
    let client = client_key(addr, &headers, &state.config.trusted_proxies);
    let cx = Context::of_client(&state, client);
    match find_registration(&cx, &f.reference, &f.birth_date).await {
        Ok(row) => ics_response(&row, cx.site()),
        Err(AppError::RateLimited) => (
            StatusCode::TOO_MANY_REQUESTS,
            "too many attempts; please wait a few minutes",
        )
            .into_response(),
        Err(AppError::Service(BookingError::ReferenceLocked)) => (
            StatusCode::TOO_MANY_REQUESTS,
            "too many wrong birth dates for this reference; it is locked for an hour",
        )
            .into_response(),
        Err(AppError::Service(_)) => (StatusCode::NOT_FOUND, "no matching booking").into_response(),
        Err(e) => crate::rest::ApiError::from(e).into_response(),
    }
}

/// `GET /ei/my/{id}/ics` for the signed-in parent's own registration.
pub async fn ics_mine(
    State(state): State<AppState>,
    auth: AuthSession,
    Path(id): Path<domain::ids::RegistrationId>,
) -> Response {
    let Some(me) = auth.user.filter(|u| u.role.may(Permission::ManageOwnRegistrations)) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    match regs::by_id(&state.db, id).await {
        Ok(Some(row)) if row.user_id == Some(me.id) => ics_response(&row, &state.config.public_base_url),
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => crate::rest::ApiError::internal(e).into_response(),
    }
}

/// A cell a spreadsheet shows as text: one starting with a formula
/// character, or with a tab or carriage return (which spreadsheets skip
/// before reading a formula), is prefixed with an apostrophe.
use crate::spreadsheet::text_cell as csv_cell;

/// `POST /staff/days/{id}/export.csv` (a form's button, checked for the
/// same origin like every POST): UTF-8 with a byte-order mark so that
/// Excel opens the Chinese text correctly. Each exported registration is audited.
pub async fn day_csv(
    State(state): State<AppState>,
    auth: AuthSession,
    Path(id): Path<domain::ids::ClinicDayId>,
) -> Response {
    // The same guard as the console's: signed in, password changed, the
    // two-step sign-in the city requires, this centre's staff.
    let staff: platform::ssr::actor::CentreStaff =
        match platform::ssr::guard::actor_of(&state.db, auth.user, Permission::RunClinicDays).await {
            Ok(s) => s,
            Err(_) => return StatusCode::FORBIDDEN.into_response(),
        };
    let now = state.clock.now();
    let day = match clinic_days::get(&state.db, now, id).await {
        Ok(Some(d)) if d.centre_id == staff.centre => d,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return crate::rest::ApiError::internal(e).into_response(),
    };
    let rows = match regs::for_day(&state.db, id).await {
        Ok(r) => r,
        Err(e) => return crate::rest::ApiError::internal(e).into_response(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "預約代碼 Reference",
        "狀態 Status",
        "姓名 Name",
        "身分證號(遮蔽) ID (masked)",
        "出生日期 Born",
        "填表人 Filled by",
        "電話 Phone",
        "電子郵件 E-mail",
        "優先 Priority",
        "疑慮 Concerns",
        "高風險 High risk",
        "備註 Notes",
    ];
    let mut ok = w.write_record(header).is_ok();
    for r in &rows {
        let entry = audit::AuditEntry {
            actor_user_id: staff.user,
            action: "export",
            registration_id: Some(r.id),
            centre_id: Some(staff.centre),
            case_id: None,
            detail: "CSV export",
        };
        if let Err(e) = audit::record(&state.db.pool, entry, now).await {
            return crate::rest::ApiError::internal(e).into_response();
        }
        let record = [
            r.reference.clone(),
            r.status.as_str().to_string(),
            csv_cell(&r.child_name),
            r.national_id_masked.clone(),
            r.birth_date.clone(),
            r.filled_by.clone(),
            csv_cell(&r.phone),
            csv_cell(r.email.as_deref().unwrap_or_default()),
            if r.fast_track == 1 { "yes".into() } else { String::new() },
            r.problem_domains.clone(),
            r.high_risk.clone(),
            csv_cell(&r.notes),
        ];
        ok &= w.write_record(&record).is_ok();
    }
    let body = match (ok, w.into_inner()) {
        (true, Ok(bytes)) => bytes,
        _ => return crate::rest::ApiError::internal("CSV writing failed").into_response(),
    };
    let mut out = vec![0xEF, 0xBB, 0xBF];
    out.extend(body);
    let name = format!("attachment; filename=\"clinic-day-{}.csv\"", day.day);
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, name),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        out,
    )
        .into_response()
}
