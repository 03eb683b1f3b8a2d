//! A family moves its registration to another clinic day: the new place is
//! taken and the old one given back in one transaction, within the triage's
//! window, and the family is told.

use super::cancel_registration::family_messages;
use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::registrations::{self as regs, RegistrationRow, Rescheduled};
use crate::types::RegistrationView;
use domain::booking::registration::FamilyChange;
use domain::ids::{ClinicDayId, UserId};

/// `actor`: the parent's account, when the family is signed in.
pub async fn reschedule_registration(
    cx: &BookingCx,
    row: &RegistrationRow,
    new_day: ClinicDayId,
    actor: Option<UserId>,
) -> Result<RegistrationView, AppError> {
    let today = cx.clock.today();
    let head = crate::notify::Letterhead::of(cx);
    let messages = family_messages(&head, FamilyChange::Rescheduled);
    match regs::reschedule(&cx.db, row, new_day, actor, cx.clock.now(), &messages, cx.offers()).await? {
        Rescheduled::Done => {}
        Rescheduled::Refused(r) => return Err(r.into()),
        Rescheduled::NotAllowed(e) => return Err(BookingError::CannotChange(e).into()),
        Rescheduled::OutsideWindow(r) => return Err(BookingError::from(r).into()),
    }
    tracing::info!(registration_id = %row.id, "registration rescheduled");
    let fresh = regs::by_id(&cx.db, row.id).await?.ok_or(AppError::Internal)?;
    crate::convert::registration(&fresh, today)
}
