//! One referral case, whole, for the case manager: its referrals, what was
//! done, the booking made for it, and (while the family may still be booked
//! and the triage advises a joint assessment) the clinic days with a place
//! for the child. The read is audited.

use super::case_queue::item;
use crate::error::AppError;
use crate::store::cases::{self, CaseRow};
use crate::types::{CaseBooking, CaseDetailView, CaseEvent, DayView, Manager, ReferralEntry};
use chrono::NaiveDate;
use domain::booking::TriageInput;
use domain::booking::case::CaseStage;
use domain::booking::referral::report_is_late;
use domain::ids::CaseId;
use domain::platform::Role;
use platform::ssr::actor::CaseManager;
use platform::ssr::db::{stored, stored_date, stored_json, stored_opt, unreadable};
use platform::ssr::{Context, users};

/// The weeks ahead a case manager may book a family's assessment in.
const BOOKING_WEEKS: i64 = 8;

pub async fn case_detail(cx: &Context, me: &CaseManager, id: CaseId) -> Result<CaseDetailView, AppError> {
    let today = cx.clock.today();
    let row = cases::get(&cx.db, id).await?.ok_or(AppError::NotFound)?;
    cases::audit_read(&cx.db, id, me.user, cx.clock.now()).await?;
    let referrals = referrals(cx, id).await?;
    let events = events(cx, id).await?;
    let booking = match (&row.registration_reference, &row.registration_status) {
        (Some(reference), Some(status)) => Some(CaseBooking {
            reference: reference.clone(),
            status: stored(status.clone()).map_err(unreadable)?,
        }),
        _ => None,
    };
    let managers = users::list_by_roles(&cx.db, &[Role::CaseManager])
        .await?
        .into_iter()
        .map(|u| Manager {
            id: u.id,
            name: u.display_name,
        })
        .collect();
    let it = item(&row, today)?;
    let triage = domain::booking::triage::triage(&triage_input(cx, &row).await?, today);
    let joint = matches!(triage, domain::booking::TriageOutcome::JointAssessment { .. });
    let days = if joint && matches!(it.stage, CaseStage::New | CaseStage::Contacted) {
        bookable_days(cx, it.birth_date, today).await?
    } else {
        Vec::new()
    };
    Ok(CaseDetailView {
        item: it,
        national_id_masked: row.national_id_masked,
        guardian_name: row.guardian_name,
        phone: row.phone,
        email: row.email,
        referrals,
        events,
        booking,
        managers,
        me: me.user,
        today,
        triage,
        days,
    })
}

async fn referrals(cx: &Context, id: CaseId) -> Result<Vec<ReferralEntry>, AppError> {
    let date = |s: &str| stored_date(s).map_err(unreadable);
    cases::referrals_of(&cx.db, id)
        .await?
        .iter()
        .map(|f| {
            let (observed_on, reported_on) = (date(&f.observed_on)?, date(&f.reported_on)?);
            Ok(ReferralEntry {
                kind: f.reporter_kind,
                reporter_name: f.reporter_name.clone(),
                institution: f.institution(),
                observed_on,
                reported_on,
                late: report_is_late(observed_on, reported_on),
                observation: f.observation.clone(),
                domains: f.domains().map_err(unreadable)?,
                screening: f
                    .screening
                    .as_deref()
                    .map(|s| stored_json("attached screening", s))
                    .transpose()
                    .map_err(unreadable)?,
            })
        })
        .collect()
}

async fn events(cx: &Context, id: CaseId) -> Result<Vec<CaseEvent>, AppError> {
    cases::events_of(&cx.db, id)
        .await?
        .into_iter()
        .map(|e| {
            Ok(CaseEvent {
                on: stored_date(&e.on_date).map_err(unreadable)?,
                kind: e.kind,
                by: e.actor_name,
                method: stored_opt(e.method).map_err(unreadable)?,
                reached: e.reached.map(|r| r == 1),
                note: e.note,
            })
        })
        .collect()
}

/// What the triage is given for a case: the child's birth date and every
/// area of concern its referrals named.
pub async fn triage_input(cx: &Context, row: &CaseRow) -> Result<TriageInput, AppError> {
    let mut domains = std::collections::BTreeSet::new();
    for f in cases::referrals_of(&cx.db, row.id).await? {
        domains.extend(f.domains().map_err(unreadable)?);
    }
    Ok(TriageInput {
        birth_date: stored_date(&row.birth_date).map_err(unreadable)?,
        due_date: None,
        previous: None,
        high_risk: Default::default(),
        domains,
    })
}

/// Open clinic days of the next weeks with a place for a child born on `birth`.
async fn bookable_days(cx: &Context, birth: NaiveDate, today: NaiveDate) -> Result<Vec<DayView>, AppError> {
    let from = (today + chrono::Duration::days(1)).to_string();
    let to = (today + chrono::Duration::days(7 * BOOKING_WEEKS)).to_string();
    let rows = crate::store::clinic_days::between(&cx.db, cx.clock.now(), &from, &to, None, None).await?;
    let mut days = Vec::new();
    for r in &rows {
        let day = crate::convert::day(r)?;
        let under3 = domain::booking::age::is_under_three_on(birth, day.date);
        if day.places_for(under3) > 0 {
            days.push(day);
        }
    }
    Ok(days)
}
