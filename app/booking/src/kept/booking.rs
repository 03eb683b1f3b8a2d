//! The family's answers and held place between the booking steps, and what
//! each step leaves on the device.

use crate::error::{AppError, BookingError};
use crate::store::holds;
use crate::types::{CheckTyped, ContactTyped};
use domain::booking::TriageInput;
use domain::ids::RegistrationId;
use platform::ssr::Context;
use platform::ssr::sealed::Sealed;
use serde::{Deserialize, Serialize};

/// The answers and the held place, for two hours.
const DRAFT: Sealed<Draft> = Sealed::new("booking", 2 * 3600);
/// The registration just submitted, for the confirmation page (an hour).
const DONE: Sealed<RegistrationId> = Sealed::new("booked", 3600);
/// The check as typed when the server last refused it (ten minutes).
const CHECK: Sealed<CheckTyped> = Sealed::new("booking_check", 600);

#[derive(Serialize, Deserialize)]
pub struct Draft {
    pub answers: TriageInput,
    pub hold: Option<Hold>,
    /// The form as typed when the server last refused it.
    #[serde(default)]
    pub typed: Option<ContactTyped>,
}

#[derive(Serialize, Deserialize)]
pub struct Hold {
    pub token: String,
    pub expires_at: i64,
}

pub fn read(cx: &Context) -> Option<Draft> {
    DRAFT.read(cx)
}

pub fn write(cx: &Context, d: &Draft) {
    DRAFT.write(cx, d);
}

pub fn clear(cx: &Context) {
    DRAFT.clear(cx);
}

pub fn write_check(cx: &Context, typed: &CheckTyped) {
    CHECK.write(cx, typed);
}

pub fn read_check(cx: &Context) -> Option<CheckTyped> {
    CHECK.read(cx)
}

pub fn write_done(cx: &Context, registration: RegistrationId) {
    DONE.write(cx, &registration);
}

pub fn read_done(cx: &Context) -> Option<RegistrationId> {
    DONE.read(cx)
}

/// Gives the draft's held place back, if it holds one.
pub async fn release(cx: &Context, d: &mut Draft, policy: &crate::store::waitlist::Policy) -> Result<(), AppError> {
    if let Some(h) = d.hold.take() {
        holds::release(&cx.db, &h.token, cx.clock.now(), policy).await?;
    }
    Ok(())
}

/// A new check passed: its answers replace any earlier draft (whose held
/// place is given back) and the check as typed is forgotten.
pub async fn start(
    cx: &Context,
    answers: TriageInput,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), AppError> {
    if let Some(mut old) = read(cx) {
        release(cx, &mut old, policy).await?;
    }
    CHECK.clear(cx);
    let d = Draft {
        answers,
        hold: None,
        typed: None,
    };
    write(cx, &d);
    Ok(())
}

/// Forgets the answers, giving back a held place.
pub async fn forget(cx: &Context, policy: &crate::store::waitlist::Policy) -> Result<(), AppError> {
    if let Some(mut d) = read(cx) {
        release(cx, &mut d, policy).await?;
    }
    clear(cx);
    Ok(())
}

/// The triage answers this device holds (a check passed, still leading to
/// a joint assessment), to join the waitlist with.
pub fn answers(cx: &Context) -> Option<TriageInput> {
    let d = read(cx)?;
    domain::booking::triage::triage(&d.answers, cx.clock.today()).window()?;
    Some(d.answers)
}

/// What a submission leaves on the device: the registration for the
/// confirmation page; or the draft again, with the form as typed, or
/// without its hold when the place is gone (expired, or given back because
/// the child is booked already).
pub fn settle(
    cx: &Context,
    mut d: Draft,
    submitted: Result<RegistrationId, AppError>,
    typed: ContactTyped,
) -> Result<(), AppError> {
    match submitted {
        Ok(id) => {
            clear(cx);
            write_done(cx, id);
            return Ok(());
        }
        Err(AppError::Service(BookingError::HoldExpired | BookingError::ChildAlreadyBooked(_))) => {
            d.hold = None;
            d.typed = None;
        }
        Err(_) => d.typed = Some(typed),
    }
    write(cx, &d);
    submitted.map(|_| ())
}
