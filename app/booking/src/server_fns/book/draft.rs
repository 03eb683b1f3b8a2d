//! The family's answers and held place between the booking steps, sealed
//! in cookies on the family's own device; and what each step leaves there.

use crate::error::AppError;
use crate::error::BookingError;
use crate::types::{BookingStep, CheckTyped, ContactTyped, HeldPlace};
use domain::booking::TriageInput;
use domain::ids::RegistrationId;
use platform::ssr::AppState;
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

pub fn read(state: &AppState) -> Option<Draft> {
    DRAFT.read(state)
}

pub fn write(state: &AppState, d: &Draft) {
    DRAFT.write(state, d);
}

pub fn clear(state: &AppState) {
    DRAFT.clear(state);
}

pub fn write_check(state: &AppState, typed: &CheckTyped) {
    CHECK.write(state, typed);
}

pub fn read_check(state: &AppState) -> Option<CheckTyped> {
    CHECK.read(state)
}

pub fn clear_check(state: &AppState) {
    CHECK.clear(state);
}

pub fn write_done(state: &AppState, registration: RegistrationId) {
    DONE.write(state, &registration);
}

pub fn read_done(state: &AppState) -> Option<RegistrationId> {
    DONE.read(state)
}

/// Gives the draft's held place back, if it holds one.
pub async fn release(state: &AppState, d: &mut Draft) -> Result<(), platform::ssr::StoreError> {
    if let Some(h) = d.hold.take() {
        crate::store::holds::release(&state.db, &h.token, state.clock.now()).await?;
    }
    Ok(())
}

/// A new check passed: its answers replace any earlier draft (whose held
/// place is given back) and the check as typed is forgotten.
pub async fn start(state: &AppState, answers: TriageInput) -> Result<(), AppError> {
    if let Some(mut old) = read(state) {
        release(state, &mut old).await?;
    }
    clear_check(state);
    write(
        state,
        &Draft {
            answers,
            hold: None,
            typed: None,
        },
    );
    Ok(())
}

/// The step the family is at: the check without a draft (as typed when it
/// was last refused), filling in the form while its place is held, else
/// choosing a day; back at the check when the answers no longer lead to a
/// joint assessment (the child has grown older since).
pub async fn step(state: &AppState, d: Option<Draft>) -> Result<BookingStep, AppError> {
    use domain::booking::triage::triage;
    let check = || BookingStep::Check {
        typed: read_check(state).unwrap_or_default(),
    };
    let (now, today) = (state.clock.now(), state.clock.today());
    let Some((d, window)) = d.and_then(|d| triage(&d.answers, today).window().map(|w| (d, w))) else {
        return Ok(check());
    };
    let held = match &d.hold {
        Some(h) if h.expires_at > now => crate::store::holds::find(&state.db, &h.token).await?,
        _ => None,
    };
    let day = match &held {
        Some(h) => crate::store::clinic_days::get(&state.db, now, h.clinic_day_id).await?,
        None => None,
    };
    Ok(match (held, day) {
        (Some(h), Some(day)) => BookingStep::Fill {
            answers: d.answers,
            hold: Box::new(HeldPlace {
                expires_at: h.expires_at,
                seconds_left: h.expires_at - now,
                day: crate::server_fns::convert::day(&day)?,
            }),
            typed: d.typed.unwrap_or_default(),
        },
        _ => BookingStep::ChooseDay {
            answers: d.answers,
            window,
            hold_expired: d.hold.is_some(),
        },
    })
}

/// What a submission leaves on the device: the registration for the
/// confirmation page; or the draft again, with the form as typed, or
/// without its hold when the place is gone (expired, or given back because
/// the child is booked already).
pub fn settle(
    state: &AppState,
    mut d: Draft,
    submitted: Result<RegistrationId, AppError>,
    typed: ContactTyped,
) -> Result<(), AppError> {
    match submitted {
        Ok(id) => {
            clear(state);
            write_done(state, id);
            return Ok(());
        }
        Err(AppError::Service(BookingError::HoldExpired | BookingError::ChildAlreadyBooked(_))) => {
            d.hold = None;
            d.typed = None;
        }
        Err(_) => d.typed = Some(typed),
    }
    write(state, &d);
    submitted.map(|_| ())
}
