//! One of the centre's clinic days with its registrations, as the staff
//! work it: each read is audited, and a flagged registration comes with
//! what it is to be checked against (the child's other active bookings,
//! the assessment this system recorded).

use crate::error::AppError;
use crate::store::clinic_days;
use crate::store::registrations::{self as regs, RegistrationRow};
use crate::types::{DayDetail, OtherBookingView, ReviewView};
use domain::ids::ClinicDayId;
use platform::ssr::actor::CentreStaff;
use platform::ssr::{Context, audit};

pub async fn day_detail(cx: &Context, me: &CentreStaff, day_id: ClinicDayId) -> Result<DayDetail, AppError> {
    let now = cx.clock.now();
    let day = clinic_days::get(&cx.db, now, day_id)
        .await?
        .filter(|d| d.centre_id == me.centre)
        .ok_or(AppError::NotFound)?;
    let date = crate::convert::stored_date(&day.day)?;
    let rows = regs::for_day(&cx.db, day_id).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let entry = audit::AuditEntry {
            actor_user_id: me.user,
            action: "read",
            registration_id: Some(r.id),
            centre_id: Some(me.centre),
            case_id: None,
            detail: "day list",
        };
        audit::record(&cx.db.pool, entry, now).await?;
        let no_shows = regs::no_shows(&cx.db, &r.child_key).await? as u32;
        let review = review(cx, r).await?;
        out.push(crate::convert::staff_registration(r, date, no_shows, review)?);
    }
    Ok(DayDetail {
        day: crate::convert::day(&day)?,
        registrations: out,
        today: cx.clock.today(),
    })
}

/// What a flagged registration is to be checked against; none for one that is not flagged.
async fn review(cx: &Context, r: &RegistrationRow) -> Result<Option<ReviewView>, AppError> {
    let Some(review) = r.review().map_err(platform::ssr::db::unreadable)? else {
        return Ok(None);
    };
    let mut others = Vec::new();
    for o in regs::others_active(&cx.db, &r.child_key, r.id).await? {
        others.push(OtherBookingView {
            centre: o.centre_name(),
            date: crate::convert::stored_date(&o.day)?,
            status: o.status,
        });
    }
    let recorded = regs::last_completed(&cx.db, &r.child_key).await?;
    Ok(Some(ReviewView {
        review,
        others,
        recorded_on: recorded.map(|p| p.assessed_on),
    }))
}
