//! The centre's console: clinic days and the registrations on them. Every
//! function is limited to the signed-in staff member's own centre, and every
//! read or change of a registration is audited.

use crate::error::AppError;
use crate::error::BookingError;
use crate::types::{DayDetail, DayView};
use domain::Named;
use domain::booking::registration::StaffAction;
use domain::booking::session_plan::{Discipline, Session};
use domain::ids::{ClinicDayId, RegistrationId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
use domain::ids::{CentreId, UserId};

/// The staff member and their centre.
#[cfg(feature = "ssr")]
pub(crate) async fn centre_staff() -> Result<(platform::ssr::AppState, UserId, CentreId), AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::RunClinicDays).await?;
    let centre = me.centre_id.ok_or(AppError::Forbidden)?;
    Ok((app_state()?, me.id, centre))
}

#[server]
pub async fn staff_days(from: String, to: String) -> Result<Vec<DayView>, AppError> {
    use domain::platform::taipei::parse_iso_date;
    let (state, _, centre) = centre_staff().await?;
    let (Some(f), Some(t)) = (parse_iso_date(&from), parse_iso_date(&to)) else {
        return Err(AppError::Service(BookingError::DateInvalid));
    };
    if t < f || (t - f).num_days() > 186 {
        return Err(AppError::Service(BookingError::DateRangeInvalid));
    }
    let rows = crate::store::clinic_days::of_centre(&state.db, state.clock.now(), centre, &from, &to).await?;
    rows.iter().map(super::convert::day).collect()
}

/// Opening clinic days one by one (from = to) or by weekly pattern over a range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenDaysForm {
    pub from: String,
    pub to: String,
    /// ISO weekdays, 1 = Monday … 7 = Sunday; all days when empty.
    #[serde(default)]
    pub weekdays: Vec<u32>,
    pub quota: u32,
    pub reserved_under3: u32,
    /// Minutes of each discipline's session, by the discipline's name; a
    /// discipline left empty has no session that day.
    #[serde(default)]
    pub minutes: BTreeMap<String, String>,
    pub checkin_time: String,
}

impl OpenDaysForm {
    /// The sessions the form gives, in the disciplines' order.
    pub fn sessions(&self) -> Result<Vec<Session>, AppError> {
        let mut out = Vec::new();
        for (name, m) in &self.minutes {
            let m = m.trim();
            if m.is_empty() {
                continue;
            }
            let discipline = Discipline::parse(name).ok_or(AppError::Service(BookingError::PlanInvalid))?;
            let minutes = m.parse().map_err(|_| AppError::Service(BookingError::PlanInvalid))?;
            out.push(Session { discipline, minutes });
        }
        out.sort_by_key(|s| s.discipline);
        Ok(out)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    pub opened: u32,
    pub skipped: u32,
}

/// A range of clinic days to open, as checked: the dates (as stored) and
/// what each day gets.
#[cfg(feature = "ssr")]
struct Opening {
    days: Vec<String>,
    quota: domain::booking::Quota,
    plan_json: String,
    checkin: String,
}

#[cfg(feature = "ssr")]
impl OpenDaysForm {
    fn opening(&self, today: chrono::NaiveDate) -> Result<Opening, AppError> {
        use domain::booking::opening::days_to_open;
        use domain::platform::taipei::parse_iso_date;
        let (Some(from), Some(to)) = (parse_iso_date(&self.from), parse_iso_date(&self.to)) else {
            return Err(AppError::Service(BookingError::DateInvalid));
        };
        let days = days_to_open(from, to, &self.weekdays, today).map_err(|_| BookingError::DateRangeInvalid)?;
        let quota =
            domain::booking::Quota::new(self.quota, self.reserved_under3).map_err(BookingError::QuotaInvalid)?;
        let plan = domain::booking::session_plan::SessionPlan::new(self.sessions()?)
            .map_err(|_| AppError::Service(BookingError::PlanInvalid))?;
        let checkin =
            chrono::NaiveTime::parse_from_str(self.checkin_time.trim(), "%H:%M").map_err(|_| AppError::InvalidInput)?;
        Ok(Opening {
            days: days.iter().map(ToString::to_string).collect(),
            quota,
            plan_json: serde_json::to_string(&plan).map_err(|_| AppError::Internal)?,
            checkin: checkin.format("%H:%M").to_string(),
        })
    }
}

#[server]
pub async fn open_days(form: OpenDaysForm) -> Result<Opened, AppError> {
    let (state, me, centre) = centre_staff().await?;
    let opening = form.opening(state.clock.today())?;
    let new = crate::store::clinic_days::NewDay {
        centre_id: centre,
        quota: opening.quota,
        session_plan_json: &opening.plan_json,
        checkin_time: &opening.checkin,
    };
    let now = state.clock.now();
    let (opened, skipped) = crate::store::clinic_days::open(&state.db, &new, &opening.days, now).await?;
    tracing::info!(user_id = %me, centre = %centre, opened, skipped, "clinic days opened");
    leptos_axum::redirect(&format!("/staff?opened={opened}&skipped={skipped}"));
    Ok(Opened { opened, skipped })
}

#[server]
pub async fn resize_day(day_id: ClinicDayId, quota: u32, reserved_under3: u32) -> Result<(), AppError> {
    use crate::store::clinic_days::{Resize, resize};
    let (state, _, centre) = centre_staff().await?;
    let quota = domain::booking::Quota::new(quota, reserved_under3).map_err(BookingError::QuotaInvalid)?;
    match resize(&state.db, centre, day_id, quota, state.clock.now()).await? {
        Resize::Done => {
            leptos_axum::redirect(&format!("/staff/days/{day_id}?saved=quota"));
            Ok(())
        }
        Resize::NotFound => Err(AppError::NotFound),
        Resize::Refused(r) => Err(AppError::Service(BookingError::QuotaShrink {
            taken_general: r.taken_general,
            taken_reserved: r.taken_reserved,
        })),
    }
}

#[server]
pub async fn close_day(day_id: ClinicDayId, note: domain::Bilingual) -> Result<(), AppError> {
    let (state, _, centre) = centre_staff().await?;
    let (zh, en) = (note.zh_tw.trim(), note.en.trim());
    if zh.is_empty() && en.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let note = domain::Bilingual::new(
        zh.chars().take(300).collect::<String>(),
        en.chars().take(300).collect::<String>(),
    );
    if !crate::store::clinic_days::set_closure(&state.db, centre, day_id, Some(&note), state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("/staff/days/{day_id}?saved=closed"));
    Ok(())
}

#[server]
pub async fn reopen_day(day_id: ClinicDayId) -> Result<(), AppError> {
    let (state, _, centre) = centre_staff().await?;
    if !crate::store::clinic_days::set_closure(&state.db, centre, day_id, None, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("/staff/days/{day_id}?saved=reopened"));
    Ok(())
}

/// The registrations of one of the centre's days (each read is audited).
#[server]
pub async fn get_day_detail(day_id: ClinicDayId) -> Result<DayDetail, AppError> {
    use crate::store::{clinic_days, registrations as regs};
    use platform::ssr::audit;
    let (state, me, centre) = centre_staff().await?;
    let now = state.clock.now();
    let day = clinic_days::get(&state.db, now, day_id)
        .await?
        .filter(|d| d.centre_id == centre)
        .ok_or(AppError::NotFound)?;
    let date = super::convert::stored_date(&day.day)?;
    let rows = regs::for_day(&state.db, day_id).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let entry = audit::AuditEntry {
            actor_user_id: me,
            action: "read",
            registration_id: Some(r.id),
            centre_id: Some(centre),
            case_id: None,
            detail: "day list",
        };
        audit::record(&state.db.pool, entry, now).await?;
        let no_shows = regs::no_shows(&state.db, &r.child_key).await? as u32;
        let review = match r.review().map_err(platform::ssr::db::unreadable)? {
            Some(review) => {
                let mut others = Vec::new();
                for o in regs::others_active(&state.db, &r.child_key, r.id).await? {
                    others.push(crate::types::OtherBookingView {
                        centre: o.centre_name(),
                        date: super::convert::stored_date(&o.day)?,
                        status: o.status,
                    });
                }
                let recorded = regs::last_completed(&state.db, &r.child_key).await?;
                Some(crate::types::ReviewView {
                    review,
                    others,
                    recorded_on: recorded.map(|p| p.assessed_on),
                })
            }
            None => None,
        };
        out.push(super::convert::staff_registration(r, date, no_shows, review)?);
    }
    Ok(DayDetail {
        day: super::convert::day(&day)?,
        registrations: out,
        today: state.clock.today(),
    })
}

/// The messages to the family about the centre's decision, made from the
/// registration as the change left it; written in the change's own
/// transaction. The family hears of decisions, not of check-in and the like.
#[cfg(feature = "ssr")]
fn decision_mail(
    site: &str,
) -> impl Fn(&crate::store::registrations::RegistrationRow) -> Vec<crate::store::registrations::Outgoing> + Send + Sync + '_
{
    use crate::notify;
    use domain::booking::RegistrationStatus as S;
    move |r| {
        let visit = notify::Visit::from_row(r);
        match visit {
            Some(visit) if matches!(r.status, S::Confirmed | S::Ineligible | S::Cancelled) => {
                let notice = notify::Notice::Status {
                    status: r.status,
                    by_centre: true,
                };
                notify::to_family(&notify::Recipient::of(r), notice, &visit, site)
            }
            _ => Vec::new(),
        }
    }
}

/// Verify, check in, complete, mark a no-show, or cancel on the family's behalf.
#[server]
pub async fn staff_act(registration_id: RegistrationId, action: StaffAction, reason: String) -> Result<(), AppError> {
    use crate::store::registrations as regs;
    let (state, me, centre) = centre_staff().await?;
    let row = regs::by_id(&state.db, registration_id)
        .await?
        .filter(|r| r.centre_id == centre)
        .ok_or(AppError::NotFound)?;
    let reason = reason.trim().chars().take(300).collect::<String>();
    if matches!(action, StaffAction::MarkIneligible | StaffAction::Cancel) && reason.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let mail = decision_mail(&state.config.public_base_url);
    let change = regs::StaffChange {
        action,
        actor: me,
        reason: &reason,
    };
    let to = regs::staff_apply(&state.db, &row, change, state.clock.today(), state.clock.now(), &mail)
        .await?
        .map_err(BookingError::CannotChange)?;
    metrics::counter!("booking_staff_actions_total", "action" => to.as_str()).increment(1);
    leptos_axum::redirect(&format!("/staff/days/{}#reg-{}", row.clinic_day_id, row.id));
    Ok(())
}

/// Records the team's report of a completed assessment: the day it was
/// written, the re-assessment date and the services it recommends, with a
/// note for the family.
#[server]
pub async fn record_report(
    registration_id: RegistrationId,
    written_on: String,
    reassess_on: String,
    #[server(default)] services: Vec<domain::booking::report::Service>,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use domain::booking::registration::TransitionError;
    use domain::booking::report::Report;
    let (state, me, centre) = centre_staff().await?;
    let not_completed = AppError::Service(BookingError::CannotChange(TransitionError::WrongStatus));
    let row = crate::store::registrations::by_id(&state.db, registration_id).await?;
    let completed = |r: &crate::store::registrations::RegistrationRow| {
        r.centre_id == centre && r.status == domain::booking::RegistrationStatus::Completed
    };
    let row = row.filter(completed).ok_or(not_completed.clone())?;
    let date = |s: &str| domain::platform::taipei::parse_iso_date(s.trim()).ok_or(BookingError::DateInvalid);
    let visit = super::convert::stored_date(&row.day)?;
    let (today, services) = (state.clock.today(), services.into_iter().collect());
    let report = Report::new(visit, today, date(&written_on)?, date(&reassess_on)?, services, &note)
        .map_err(BookingError::ReportInvalid)?;
    let saved = crate::store::registrations::set_report(&state.db, row.id, centre, &report, me, state.clock.now());
    if !saved.await? {
        return Err(not_completed);
    }
    leptos_axum::redirect(&format!("/staff/days/{}#reg-{}", row.clinic_day_id, row.id));
    Ok(())
}
