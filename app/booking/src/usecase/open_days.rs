//! A centre opens clinic days: one, or a weekly pattern over a range (the
//! days are the domain's rule), each with its places, the under-3 reserve,
//! its sessions and check-in time; days open already are skipped.

use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::clinic_days::{self, NewDay};
use crate::types::{OpenDaysForm, Opened};
use chrono::NaiveDate;
use domain::Named;
use domain::booking::Quota;
use domain::booking::opening::days_to_open;
use domain::booking::session_plan::{Discipline, Session, SessionPlan};
use platform::ssr::actor::CentreStaff;

pub async fn open_days(cx: &BookingCx, me: &CentreStaff, form: &OpenDaysForm) -> Result<Opened, AppError> {
    let opening = opening(form, cx.clock.today())?;
    let new = NewDay {
        centre_id: me.centre,
        quota: opening.quota,
        session_plan_json: &opening.plan_json,
        checkin_time: &opening.checkin,
    };
    let (opened, skipped) = clinic_days::open(&cx.db, &new, &opening.days, cx.clock.now(), cx.offers()).await?;
    tracing::info!(user_id = %me.user, centre = %me.centre, opened, skipped, "clinic days opened");
    Ok(Opened { opened, skipped })
}

/// A range of clinic days to open, as checked: the dates (as stored) and
/// what each day gets.
struct Opening {
    days: Vec<String>,
    quota: Quota,
    plan_json: String,
    checkin: String,
}

fn opening(form: &OpenDaysForm, today: NaiveDate) -> Result<Opening, AppError> {
    let (from, to) = (crate::forms::date(&form.from)?, crate::forms::date(&form.to)?);
    let days = days_to_open(from, to, &form.weekdays, today).map_err(|_| BookingError::DateRangeInvalid)?;
    let quota = Quota::new(form.quota, form.reserved_under3).map_err(BookingError::from)?;
    let plan = SessionPlan::new(sessions(form)?).map_err(|_| BookingError::PlanInvalid)?;
    let checkin =
        chrono::NaiveTime::parse_from_str(form.checkin_time.trim(), "%H:%M").map_err(|_| AppError::InvalidInput)?;
    Ok(Opening {
        days: days.iter().map(ToString::to_string).collect(),
        quota,
        plan_json: serde_json::to_string(&plan).map_err(|_| AppError::Internal)?,
        checkin: checkin.format("%H:%M").to_string(),
    })
}

/// The sessions the form gives, in the disciplines' order.
fn sessions(form: &OpenDaysForm) -> Result<Vec<Session>, BookingError> {
    let mut out = Vec::new();
    for (name, m) in &form.minutes {
        let m = m.trim();
        if m.is_empty() {
            continue;
        }
        let discipline = Discipline::parse(name).ok_or(BookingError::PlanInvalid)?;
        let minutes = m.parse().map_err(|_| BookingError::PlanInvalid)?;
        out.push(Session { discipline, minutes });
    }
    out.sort_by_key(|s| s.discipline);
    Ok(out)
}
