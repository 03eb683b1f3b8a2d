//! The booking's second step: a place held on the day the family chose, if
//! the triage lets the child be booked on it (otherwise the place is given
//! back at once and the refusal says why).

use super::hold_place::hold_place;
use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::types::HoldView;
use domain::booking::TriageInput;
use domain::booking::triage::may_book_on;
use domain::ids::ClinicDayId;

pub async fn hold_day(cx: &BookingCx, answers: &TriageInput, day_id: ClinicDayId) -> Result<HoldView, AppError> {
    let held = hold_place(cx, day_id, answers.birth_date).await?;
    if let Err(r) = may_book_on(answers, cx.clock.today(), held.day.date) {
        crate::store::holds::release(&cx.db, &held.token, cx.clock.now(), cx.offers()).await?;
        return Err(BookingError::from(r).into());
    }
    Ok(held)
}
