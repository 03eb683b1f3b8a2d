//! Rows to wire types (server only).

use crate::store::{centres::CentreRow, clinic_days::DayRow, registrations::RegistrationRow};
use crate::types::*;
use domain::Named;
use domain::booking::registration::family_may_change;
use domain::booking::session_plan::{Discipline, SessionPlan};
use domain::platform::taipei::parse_iso_date;
use platform::AppError;

pub fn centre(c: CentreRow) -> CentreView {
    CentreView {
        id: c.id,
        disciplines: c.disciplines.split(',').filter_map(Discipline::parse).collect(),
        name_zh_tw: c.name_zh_tw,
        name_en: c.name_en,
        district: c.district,
        address_zh_tw: c.address_zh_tw,
        address_en: c.address_en,
        phone: c.phone,
        checkin_time: c.checkin_time,
        notes_zh_tw: c.notes_zh_tw,
        notes_en: c.notes_en,
        next_available: c.next_available,
        demo: c.is_demo == 1,
        active: c.active == 1,
    }
}

/// A stored date: written from dates only, so one that is no date is wrong
/// data, reported and refused rather than shown as some other day.
fn stored_date(s: &str) -> Result<chrono::NaiveDate, AppError> {
    parse_iso_date(s).ok_or_else(|| {
        tracing::error!(stored = s, "a stored date is no date");
        AppError::Internal
    })
}

pub fn day(d: &DayRow) -> Result<DayView, AppError> {
    let left = d.places_left();
    Ok(DayView {
        id: d.id,
        centre_id: d.centre_id,
        centre_zh_tw: d.centre_name_zh_tw.clone(),
        centre_en: d.centre_name_en.clone(),
        district: d.district,
        date: stored_date(&d.day)?,
        open: d.status == domain::booking::DayStatus::Open,
        general_left: left.general,
        reserved_left: left.reserved,
        quota_total: d.quota().total(),
        quota_reserved: d.quota().reserved_under3(),
        note_zh_tw: d.closure_note_zh_tw.clone(),
        note_en: d.closure_note_en.clone(),
        checkin_time: d.checkin_time.clone(),
        sessions: serde_json::from_str::<SessionPlan>(&d.session_plan)
            .map(|p| p.sessions().to_vec())
            .unwrap_or_default(),
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
        needs_approval: r.needs_approval == 1,
        status_reason: r.status_reason.clone(),
        date,
        checkin_time: r.checkin_time.clone(),
        centre_id: r.centre_id,
        centre_zh_tw: r.centre_name_zh_tw.clone(),
        centre_en: r.centre_name_en.clone(),
        address_zh_tw: r.centre_address_zh_tw.clone(),
        address_en: r.centre_address_en.clone(),
        centre_phone: r.centre_phone.clone(),
        child_name: r.child_name.clone(),
        birth_date: r.birth_date.clone(),
        changeable,
    })
}
