//! Centres, clinic days and registration forms for the tests.

use crate::harness::TestApp;
use booking::error::AppError;
use booking::server_fns::flow::{PlaceHold, SubmitRegistration};
use booking::store::{centres, clinic_days};
use booking::types::{HoldView, RegistrationForm, RegistrationView};
use chrono::{Duration, NaiveDate};
use domain::Bilingual;
use domain::booking::Quota;
use domain::booking::contact::FilledBy;
use domain::booking::session_plan::SessionPlan;
use domain::booking::triage::ProblemDomain;
pub use domain::ids::{CentreId, ClinicDayId};

pub async fn centre(app: &TestApp, name: &str) -> CentreId {
    let f = centres::CentreFields {
        name: Bilingual::new(format!("{name}中心"), format!("{name} Centre")),
        district: domain::booking::District::of("Taoyuan"),
        address: Bilingual::new("桃園市桃園區測試路1號", "No. 1, Test Rd., Taoyuan"),
        phone: "033334444".into(),
        disciplines: "physician,psychology".into(),
        checkin_time: "08:30".into(),
        notes: Bilingual::default(),
        active: true,
    };
    centres::insert(&app.state.db.pool, &f, false, app.state.clock.now())
        .await
        .expect("centre")
}

pub fn in_days(app: &TestApp, n: i64) -> NaiveDate {
    app.state.clock.today() + Duration::days(n)
}

/// The places of a clinic day: `total`, of which `under3` are kept for children under three.
#[derive(Clone, Copy, Debug)]
pub struct Places {
    pub total: u32,
    pub under3: u32,
}

/// Places taken on a day: `general` (any child) and `under3` (the kept ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Taken {
    pub general: i64,
    pub under3: i64,
}

pub async fn day_on(app: &TestApp, centre: CentreId, date: NaiveDate, places: Places) -> ClinicDayId {
    let plan = serde_json::to_string(&SessionPlan::typical()).expect("plan");
    let new = clinic_days::NewDay {
        centre_id: centre,
        quota: Quota::new(places.total, places.under3).expect("quota"),
        session_plan_json: &plan,
        checkin_time: "08:30",
    };
    clinic_days::open(
        &app.state.db,
        &new,
        &[date.to_string()],
        app.state.clock.now(),
        &app.offers(),
    )
    .await
    .expect("open day");
    let days = clinic_days::of_centre(
        &app.state.db,
        app.state.clock.now(),
        centre,
        &date.to_string(),
        &date.to_string(),
    )
    .await
    .expect("days");
    days[0].id
}

pub async fn day(app: &TestApp, centre: CentreId, in_days_from_today: i64, places: Places) -> ClinicDayId {
    let date = in_days(app, in_days_from_today);
    day_on(app, centre, date, places).await
}

pub use crate::wire::national_id;

/// A child of about two (under three for the next months).
pub fn toddler(app: &TestApp) -> String {
    (app.state.clock.today() - Duration::days(700)).to_string()
}

/// A child of about four.
pub fn preschooler(app: &TestApp) -> String {
    (app.state.clock.today() - Duration::days(4 * 365)).to_string()
}

pub fn form(token: &str, id: &str, birth: &str) -> RegistrationForm {
    RegistrationForm {
        hold_token: token.into(),
        child_name: "王小明".into(),
        national_id: id.into(),
        birth_date: birth.into(),
        due_date: None,
        filled_by: FilledBy::Parent,
        phone: "0912-345-678".into(),
        email: Some("family@example.tw".into()),
        previous_date: None,
        previous_reassess: None,
        high_risk: vec![],
        domains: vec![ProblemDomain::Motor, ProblemDomain::LanguageSpeech],
        notes: String::new(),
        channels: None,
        home_district: None,
    }
}

pub async fn hold(
    app: &TestApp,
    client: &reqwest::Client,
    day: ClinicDayId,
    birth: &str,
) -> Result<HoldView, AppError> {
    crate::harness::call_with(
        client,
        &app.base,
        PlaceHold {
            day_id: day,
            birth_date: birth.into(),
        },
    )
    .await
}

pub async fn submit(
    app: &TestApp,
    client: &reqwest::Client,
    form: RegistrationForm,
) -> Result<RegistrationView, AppError> {
    crate::harness::call_with(client, &app.base, SubmitRegistration { form }).await
}

/// Holds and registers a child on a day, from a fresh client.
pub async fn book(app: &TestApp, day: ClinicDayId, id: &str, birth: &str) -> Result<RegistrationView, AppError> {
    let client = TestApp::new_client(&app.base);
    let h = hold(app, &client, day, birth).await?;
    submit(app, &client, form(&h.token, id, birth)).await
}

pub async fn taken(app: &TestApp, day: ClinicDayId) -> Taken {
    let (general, under3) = sqlx::query_as("SELECT taken_general, taken_reserved FROM clinic_days WHERE id = $1")
        .bind(day.get())
        .fetch_one(&app.state.db.pool)
        .await
        .expect("day");
    Taken { general, under3 }
}

pub async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
}

/// Why the row with this reference (in `registrations` or `waitlist`) waits
/// for the staff's check, if it does.
pub async fn review_of(app: &TestApp, table: &str, reference: &str) -> Option<String> {
    sqlx::query_scalar(&format!("SELECT review FROM {table} WHERE reference = $1"))
        .bind(reference)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("review")
}

/// The city's form for a centre (`id`: none for a new one) in `district`.
pub fn centre_form(id: Option<CentreId>, district: domain::booking::District) -> booking::server_fns::city::CentreForm {
    booking::server_fns::city::CentreForm {
        id,
        name: Bilingual::new("新中心", "New centre"),
        district,
        address: Bilingual::new("地址", "Address"),
        phone: "033334444".into(),
        disciplines: vec![domain::booking::session_plan::Discipline::Physician],
        checkin_time: "08:30".into(),
        notes: Bilingual::default(),
        active: true,
    }
}
