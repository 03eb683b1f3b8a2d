//! A case manager books the joint assessment for the family of a case,
//! through the same hold and registration as a family's own booking (every
//! booking rule applies: one active booking per child, quotas, the
//! triage's window).

use super::case_detail::triage_input;
use super::hold_place::hold_place;
use super::submit_registration::{Booker, submit_registration};
use crate::error::{AppError, BookingError};
use crate::forms::Contact;
use crate::state::BookingCx;
use crate::store::{cases, holds};
use domain::booking::contact::FilledBy;
use domain::ids::{CaseId, ClinicDayId};
use platform::ssr::actor::CaseManager;
use platform::ssr::db::{stored_opt, unreadable};

pub async fn book_for_case(cx: &BookingCx, me: &CaseManager, id: CaseId, day_id: ClinicDayId) -> Result<(), AppError> {
    let row = cases::get(&cx.db, id).await?.ok_or(AppError::NotFound)?;
    if row.outcome.is_some() {
        return Err(BookingError::CaseClosed.into());
    }
    let national_id = cx.keys.decrypt(&row.national_id_enc).ok_or_else(|| {
        tracing::error!(
            case_id = %id,
            stored_key = platform::ssr::keys::Keys::key_id_of(&row.national_id_enc).unwrap_or("none"),
            current_key = cx.keys.id(),
            "a case's ID number opens with no key"
        );
        AppError::Internal
    })?;
    let input = triage_input(cx, &row).await?;
    // Read before the place is held, so that a stored district that does not
    // read back refuses the booking with nothing held.
    let home = stored_opt(row.home_district.clone()).map_err(unreadable)?;
    let held = hold_place(cx, day_id, input.birth_date).await?;
    let notes = format!("{} {}", row.number, me.name);
    let contact = Contact {
        child_name: &row.child_name,
        national_id: &national_id,
        filled_by: FilledBy::SocialWorker,
        phone: &row.phone,
        email: row.email.as_deref(),
        notes: &notes,
        channels: None,
        home,
    };
    let by = Booker::ForCase { manager: me, case: id };
    let submitted = submit_registration(cx, by, &held.token, input, contact).await;
    if submitted.is_err() {
        holds::release(&cx.db, &held.token, cx.clock.now(), cx.offers()).await?;
    }
    submitted.map(|_| ())
}
