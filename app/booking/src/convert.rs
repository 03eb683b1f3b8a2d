//! Rows to the views the pages and the API show (server only): dates and
//! stored JSON read back, or the read refused as the server's error.

use crate::error::AppError;
use crate::store::{centres::CentreRow, clinic_days::DayRow, registrations::RegistrationRow};
use crate::types::*;
use domain::Named;
use domain::booking::registration::family_may_change;
use domain::booking::session_plan::{Discipline, SessionPlan};
use platform::ssr::db;

pub fn centre(c: CentreRow) -> Result<CentreView, AppError> {
    Ok(CentreView {
        id: c.id,
        disciplines: c.disciplines.split(',').filter_map(Discipline::parse).collect(),
        name: c.name(),
        address: c.address(),
        notes: c.notes(),
        district: c.district,
        phone: c.phone,
        checkin_time: c.checkin_time,
        next_available: c.next_available.as_deref().map(stored_date).transpose()?,
        demo: c.is_demo == 1,
        active: c.active == 1,
    })
}

/// A stored date (`platform::ssr::db::stored_date`), its failure logged and
/// refused as the server's error rather than shown as some other day.
pub fn stored_date(s: &str) -> Result<chrono::NaiveDate, AppError> {
    Ok(db::stored_date(s).map_err(db::unreadable)?)
}

pub fn day(d: &DayRow) -> Result<DayView, AppError> {
    let left = d.places_left();
    Ok(DayView {
        id: d.id,
        centre_id: d.centre_id,
        centre: d.centre_name(),
        district: d.district,
        date: stored_date(&d.day)?,
        open: d.status == domain::booking::DayStatus::Open,
        general_left: left.general,
        reserved_left: left.reserved,
        quota_total: d.quota().total(),
        quota_reserved: d.quota().reserved_under3(),
        note: d.closure_note(),
        checkin_time: d.checkin_time.clone(),
        sessions: stored_json::<SessionPlan>("session plan", &d.session_plan)?
            .sessions()
            .to_vec(),
    })
}

pub fn registration(r: &RegistrationRow, today: chrono::NaiveDate) -> Result<RegistrationView, AppError> {
    let date = stored_date(&r.day)?;
    let changeable = family_may_change(r.status, date, today).is_ok();
    Ok(RegistrationView {
        id: r.id,
        clinic_day_id: r.clinic_day_id,
        reference: r.reference.clone(),
        status: r.status,
        status_reason: r.status_reason.clone(),
        date,
        checkin_time: r.checkin_time.clone(),
        centre_id: r.centre_id,
        centre: r.centre_name(),
        address: r.centre_address(),
        centre_phone: r.centre_phone.clone(),
        child_name: r.child_name.clone(),
        birth_date: stored_date(&r.birth_date)?,
        changeable,
        sessions: stored_json::<domain::booking::session_plan::SessionPlan>("session plan", &r.session_plan)?
            .sessions()
            .to_vec(),
        report: r.report().map_err(db::unreadable)?.map(|report| ReportView {
            rebook_from: report.rebook_from(date),
            district: r.centre_district,
            report,
        }),
    })
}

/// Stored JSON (`platform::ssr::db::stored_json`), refused as [`stored_date`] is.
fn stored_json<T: serde::de::DeserializeOwned>(what: &'static str, s: &str) -> Result<T, AppError> {
    Ok(db::stored_json(what, s).map_err(db::unreadable)?)
}

/// A registration as the centre's staff see it on `date`, the clinic day.
pub fn staff_registration(
    r: &RegistrationRow,
    date: chrono::NaiveDate,
    no_shows: u32,
    review: Option<crate::types::ReviewView>,
) -> Result<StaffRegistrationView, AppError> {
    let birth_date = stored_date(&r.birth_date)?;
    Ok(StaffRegistrationView {
        id: r.id,
        reference: r.reference.clone(),
        status: r.status,
        needs_approval: r.needs_approval == 1,
        fast_track: r.fast_track == 1,
        child_name: r.child_name.clone(),
        national_id_masked: r.national_id_masked.clone(),
        birth_date,
        under3: domain::booking::age::is_under_three_on(birth_date, date),
        pool: r.pool,
        filled_by: r.filled_by.clone(),
        phone: r.phone.clone(),
        email: r.email.clone(),
        high_risk: stored_json("high_risk", &r.high_risk)?,
        domains: stored_json("problem_domains", &r.problem_domains)?,
        previous_date: r.previous_assessment_date.as_deref().map(stored_date).transpose()?,
        notes: r.notes.clone(),
        status_reason: r.status_reason.clone(),
        report: r.report().map_err(db::unreadable)?,
        no_shows,
        review,
    })
}
