use super::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use booking::convert;
use booking::state::BookingState;
use booking::store::availability::{Range, Rendered};
use booking::store::centres;
use booking::store::clinic_days::DayRow;
use booking::types::CentreView;
use chrono::{Duration, NaiveDate};
use domain::Named;
use domain::booking::opening::{MAX_CALENDAR_DAYS, range_ok};
use domain::booking::{DayStatus, District};
use domain::ids::{CentreId, ClinicDayId};
use platform::ssr::AppState;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct CentreOut {
    #[schema(value_type = i64)]
    pub id: CentreId,
    pub name_zh_tw: String,
    pub name_en: String,
    #[schema(value_type = String, example = "Guishan")]
    pub district: District,
    pub address_zh_tw: String,
    pub address_en: String,
    pub phone: String,
    /// Disciplines seen at the centre, e.g. `physician`, `speech_therapy`.
    pub disciplines: Vec<String>,
    /// Check-in time on a clinic day, Taipei time (HH:MM).
    pub checkin_time: String,
    /// The first day from tomorrow (Taipei) with a place left, if any.
    #[schema(value_type = Option<String>, format = Date)]
    pub next_available_date: Option<NaiveDate>,
    /// Demo data, not a verified funded centre.
    pub demo: bool,
}

/// All active assessment centres.
#[utoipa::path(get, path = "/api/v1/centres", responses((status = 200, body = [CentreOut])))]
pub async fn centres(State(state): State<AppState>) -> Result<Json<Vec<CentreOut>>, ApiError> {
    let tomorrow = state.clock.today() + Duration::days(1);
    let rows = centres::list_from(&state.db, true, &tomorrow.to_string(), state.clock.now()).await?;
    let views = rows.into_iter().map(convert::centre).collect::<Result<Vec<_>, _>>()?;
    Ok(Json(views.into_iter().map(CentreOut::from).collect()))
}

/// The public shape of a centre: the names flat, as the API has documented them.
impl From<CentreView> for CentreOut {
    fn from(c: CentreView) -> Self {
        CentreOut {
            id: c.id,
            name_zh_tw: c.name.zh_tw,
            name_en: c.name.en,
            district: c.district,
            address_zh_tw: c.address.zh_tw,
            address_en: c.address.en,
            phone: c.phone,
            disciplines: c.disciplines.iter().map(|d| d.as_str().to_owned()).collect(),
            checkin_time: c.checkin_time,
            next_available_date: c.next_available,
            demo: c.demo,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AvailabilityQuery {
    /// First day, YYYY-MM-DD.
    #[param(value_type = String, format = Date)]
    pub from: NaiveDate,
    /// Last day, YYYY-MM-DD (at most 92 days after `from`).
    #[param(value_type = String, format = Date)]
    pub to: NaiveDate,
    /// Only this centre.
    #[param(value_type = Option<i64>)]
    pub centre: Option<CentreId>,
}

#[derive(Serialize, ToSchema)]
pub struct DayOut {
    /// The clinic day's identifier (what a booking holds a place on).
    #[schema(value_type = i64)]
    pub id: ClinicDayId,
    #[schema(value_type = i64)]
    pub centre_id: CentreId,
    #[schema(value_type = String, format = Date)]
    pub date: NaiveDate,
    /// `open` (closed days are left out).
    #[schema(value_type = String, example = "open")]
    pub status: DayStatus,
    /// General places left, open to every child.
    pub places_left: u32,
    /// Places left that are reserved for children under three.
    pub places_left_under3: u32,
    pub quota: u32,
    pub quota_under3: u32,
}

/// Open clinic days between two dates, with the places left.
#[utoipa::path(get, path = "/api/v1/availability", params(AvailabilityQuery),
    responses((status = 200, body = [DayOut]), (status = 400, body = super::ApiErrorBody)))]
pub async fn availability(
    State(state): State<AppState>,
    Extension(booking): Extension<BookingState>,
    headers: HeaderMap,
    q: Result<Query<AvailabilityQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let range = range_of(q)?;
    let snapshot = booking
        .availability
        .between(&state.db, state.clock.now(), &range)
        .await?;
    let rendered = snapshot.rendered.get_or_init(|| render(&snapshot.rows));
    Ok(conditional(&headers, rendered))
}

/// The query as a range of days: both dates given, in order, at most
/// [`MAX_CALENDAR_DAYS`] apart.
fn range_of(q: Result<Query<AvailabilityQuery>, QueryRejection>) -> Result<Range, ApiError> {
    let Query(q) = q.map_err(|rejection| {
        let detail = format!(
            "from and to are required, as dates YYYY-MM-DD ({})",
            rejection.body_text()
        );
        ApiError::bad_request("bad_query", detail)
    })?;
    if !range_ok(q.from, q.to, MAX_CALENDAR_DAYS) {
        return Err(ApiError::bad_request(
            "bad_range",
            format!("to must not be before from, and at most {MAX_CALENDAR_DAYS} days after it"),
        ));
    }
    Ok(Range {
        from: q.from.to_string(),
        to: q.to.to_string(),
        centre: q.centre,
        district: None,
    })
}

/// The rendered days, or "not modified" when the client holds them already.
fn conditional(headers: &HeaderMap, rendered: &Rendered) -> Response {
    let fresh = [
        // Anyone may keep it, and must ask again before using it: the answer
        // to the question is one cheap comparison while nothing changed.
        (header::CACHE_CONTROL, "public, no-cache"),
        (header::VARY, "Accept-Encoding"),
    ];
    let matches = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == rendered.etag || t.trim() == "*");
    if matches {
        return (StatusCode::NOT_MODIFIED, fresh, [(header::ETAG, rendered.etag.clone())]).into_response();
    }
    let headers = [
        (header::ETAG, rendered.etag.clone()),
        (header::CONTENT_TYPE, "application/json".to_string()),
    ];
    (fresh, headers, rendered.body.clone()).into_response()
}

/// The JSON of the open days, and its entity tag (a hash of the bytes).
fn render(rows: &[DayRow]) -> Rendered {
    let days: Vec<DayOut> = rows
        .iter()
        .filter(|d| d.status == DayStatus::Open)
        // A stored date that is no date is logged and left out (the column
        // is written from dates only).
        .filter_map(|d| Some((d, convert::stored_date(&d.day).ok()?)))
        .map(|(d, date)| {
            let left = d.places_left();
            DayOut {
                id: d.id,
                centre_id: d.centre_id,
                date,
                status: d.status,
                places_left: left.general,
                places_left_under3: left.reserved,
                quota: d.quota().total(),
                quota_under3: d.quota().reserved_under3(),
            }
        })
        .collect();
    let body = serde_json::to_vec(&days).unwrap_or_else(|_| b"[]".to_vec());
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&body, &mut h);
    let etag = format!("\"{:016x}\"", std::hash::Hasher::finish(&h));
    Rendered { body, etag }
}
