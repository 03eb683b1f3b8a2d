//! Holding a place on a clinic day while the family fills in the form: for
//! the hold's minutes, within the client's limits (rate and places held at
//! once), in the pool the child's age on the day allows.

use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::{clinic_days, holds};
use crate::types::HoldView;
use chrono::NaiveDate;
use domain::booking::registration::TransitionError;
use domain::ids::ClinicDayId;

/// Holds a place on `day_id` for a child born on `birth` (the day decides
/// whether the child counts as under three).
pub async fn hold_place(cx: &BookingCx, day_id: ClinicDayId, birth: NaiveDate) -> Result<HoldView, AppError> {
    if !cx.limits.hold_allowed(&format!("hold:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let (today, now) = (cx.clock.today(), cx.clock.now());
    if birth > today {
        return Err(BookingError::BirthDateFuture.into());
    }
    let day = clinic_days::get(&cx.db, now, day_id).await?.ok_or(AppError::NotFound)?;
    let date = crate::convert::stored_date(&day.day)?;
    if date <= today {
        return Err(BookingError::CannotChange(TransitionError::DayPassed).into());
    }
    let under3 = domain::booking::age::is_under_three_on(birth, date);
    let config = cx.config();
    let client = holds::Client {
        key: &cx.client,
        per_day: config.holds_per_client_day,
        in_all: config.holds_per_client,
    };
    let held = holds::place(&cx.db, day_id, under3, now, config.hold_minutes, &client, cx.offers())
        .await?
        .map_err(|r| match r {
            holds::NotHeld::Place(r) => AppError::from(r),
            holds::NotHeld::TooMany => BookingError::TooManyHolds.into(),
        })?;
    let day = clinic_days::get(&cx.db, now, day_id).await?.ok_or(AppError::NotFound)?;
    metrics::counter!("booking_holds_total").increment(1);
    Ok(HoldView {
        token: held.token,
        expires_at: held.expires_at,
        seconds_left: held.expires_at - now,
        pool: held.pool,
        day: crate::convert::day(&day)?,
    })
}

/// Gives a held place back (the family chose another day or left the form).
pub async fn release_hold(cx: &BookingCx, token: &str) -> Result<(), AppError> {
    Ok(holds::release(&cx.db, token, cx.clock.now(), cx.offers()).await?)
}
