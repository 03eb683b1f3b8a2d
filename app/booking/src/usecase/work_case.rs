//! What a case manager records on a case: taking it on (or giving it to a
//! colleague), a contact with the family (the first stops the contact
//! clock), and closing it with its outcome. Each change is one row of the
//! case's history, refused once the case is closed.

use crate::error::{AppError, BookingError};
use crate::store::cases::{CaseChange, change, get};
use domain::booking::RegistrationStatus;
use domain::booking::case::{CaseOutcome, ContactMethod, check_close, check_contact};
use domain::ids::{CaseId, UserId};
use platform::ssr::Context;
use platform::ssr::actor::CaseManager;
use platform::ssr::db::{stored_date, unreadable};

/// Takes the case on, or gives it to another case manager.
pub async fn assign_case(cx: &Context, me: &CaseManager, id: CaseId, to: UserId) -> Result<(), AppError> {
    apply(cx, me, id, &CaseChange::Assign { to }).await
}

/// A contact (or an attempt) with the family.
pub struct Contact {
    pub on: String,
    pub method: ContactMethod,
    pub reached: bool,
    pub note: String,
}

pub async fn record_case_contact(cx: &Context, me: &CaseManager, id: CaseId, c: Contact) -> Result<(), AppError> {
    let on = crate::forms::date(&c.on)?;
    let row = get(&cx.db, id).await?.ok_or(AppError::NotFound)?;
    let opened = stored_date(&row.opened_on).map_err(unreadable)?;
    let note = c.note.trim();
    check_contact(opened, on, cx.clock.today(), note).map_err(BookingError::from)?;
    let change = CaseChange::Contact {
        on,
        method: c.method,
        reached: c.reached,
        note,
    };
    apply(cx, me, id, &change).await
}

/// Closes the case with its outcome (an assessment outcome only once the
/// booking made for it is completed).
pub async fn close_case(
    cx: &Context,
    me: &CaseManager,
    id: CaseId,
    outcome: CaseOutcome,
    note: &str,
) -> Result<(), AppError> {
    let today = cx.clock.today();
    let row = get(&cx.db, id).await?.ok_or(AppError::NotFound)?;
    let completed = row.registration_status.as_deref()
        == Some(<RegistrationStatus as domain::Named>::as_str(
            RegistrationStatus::Completed,
        ));
    let note = note.trim();
    check_close(outcome, completed, note).map_err(BookingError::from)?;
    apply(
        cx,
        me,
        id,
        &CaseChange::Close {
            on: today,
            outcome,
            note,
        },
    )
    .await
}

async fn apply(cx: &Context, me: &CaseManager, id: CaseId, c: &CaseChange<'_>) -> Result<(), AppError> {
    if !change(&cx.db, id, me.user, c, cx.clock.today(), cx.clock.now()).await? {
        return Err(BookingError::CaseClosed.into());
    }
    Ok(())
}
