//! The booking pages' steps: check, choose a day (the place is held), fill
//! in. Plain form posts that redirect, so they work with and without
//! JavaScript; between steps the family's answers and its hold live in a
//! sealed cookie (`booking`), never in a URL or a server-side session.

use crate::types::{BookingStep, RegistrationView};
use domain::booking::contact::FilledBy;
use domain::booking::triage::{HighRisk, ProblemDomain};
use leptos::prelude::*;
use platform::AppError;
#[cfg(feature = "ssr")]
use platform::error::BookingError;
use platform::ids::ClinicDayId;

#[cfg(feature = "ssr")]
mod draft {
    use domain::booking::TriageInput;
    use platform::ssr::{AppState, sealed};
    use serde::{Deserialize, Serialize};

    const COOKIE: &str = "booking";
    const DONE: &str = "booked";
    const CHECK: &str = "booking_check";
    /// The answers are kept for two hours.
    const ANSWERS_SECONDS: i64 = 2 * 3600;

    #[derive(Serialize, Deserialize)]
    pub struct Draft {
        pub answers: TriageInput,
        pub hold: Option<Hold>,
        /// The form as typed when the server last refused it.
        #[serde(default)]
        pub typed: Option<crate::types::ContactTyped>,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Hold {
        pub token: String,
        pub expires_at: i64,
    }

    pub fn read(state: &AppState) -> Option<Draft> {
        sealed::read(state, COOKIE)
    }

    pub fn write(state: &AppState, d: &Draft) {
        sealed::write(state, COOKIE, "/", d, ANSWERS_SECONDS);
    }

    pub fn clear(state: &AppState) {
        sealed::clear(state, COOKIE, "/");
    }

    /// The check as typed when the server last refused it (ten minutes).
    pub fn write_check(state: &AppState, typed: &crate::types::CheckTyped) {
        sealed::write(state, CHECK, "/", typed, 600);
    }

    pub fn read_check(state: &AppState) -> Option<crate::types::CheckTyped> {
        sealed::read(state, CHECK)
    }

    pub fn clear_check(state: &AppState) {
        sealed::clear(state, CHECK, "/");
    }

    /// The registration just submitted, for the confirmation page.
    pub fn write_done(state: &AppState, registration: platform::ids::RegistrationId) {
        sealed::write(state, DONE, "/", &registration, 3600);
    }

    pub fn read_done(state: &AppState) -> Option<platform::ids::RegistrationId> {
        sealed::read(state, DONE)
    }

    /// Gives the draft's held place back, if it holds one.
    pub async fn release(state: &AppState, d: &mut Draft) -> Result<(), platform::ssr::StoreError> {
        if let Some(h) = d.hold.take() {
            crate::store::holds::release(&state.db, &h.token).await?;
        }
        Ok(())
    }
}

/// Where the family is in the flow, for the page.
#[server]
pub async fn current_step() -> Result<BookingStep, AppError> {
    use crate::types::HeldPlace;
    use domain::booking::triage::triage;
    let state = platform::ssr::state::app_state()?;
    let check = || BookingStep::Check {
        typed: draft::read_check(&state).unwrap_or_default(),
    };
    let Some(d) = draft::read(&state) else {
        return Ok(check());
    };
    let (now, today) = (state.clock.now(), state.clock.today());
    let Some(window) = triage(&d.answers, today).window() else {
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
                day: super::convert::day(&day)?,
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

/// The check's answers when they lead to a joint assessment (the triage is
/// the domain's); any other outcome is the error that explains it.
#[cfg(feature = "ssr")]
fn joint_assessment_only(
    answers: domain::booking::TriageInput,
    today: chrono::NaiveDate,
) -> Result<domain::booking::TriageInput, AppError> {
    use domain::booking::triage::{TriageOutcome, triage};
    match triage(&answers, today) {
        TriageOutcome::JointAssessment { .. } => Ok(answers),
        TriageOutcome::NotEligible(i) => Err(BookingError::NotEligible(i).into()),
        TriageOutcome::SingleSpecialty { clinic, .. } => Err(BookingError::SingleSpecialtyFirst(clinic).into()),
        TriageOutcome::NoConcern => Err(BookingError::NoConcernMarked.into()),
    }
}

/// Step 1: the check. A joint assessment lets the family choose a day;
/// anything else is explained and nothing is kept.
#[server]
pub async fn check_answers(
    birth_date: String,
    #[server(default)] due_date: Option<String>,
    #[server(default)] previous_date: Option<String>,
    #[server(default)] previous_reassess: Option<String>,
    #[server(default)] domains: Vec<ProblemDomain>,
    #[server(default)] high_risk: Vec<HighRisk>,
) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let today = state.clock.today();
    let checked = super::flow::triage_input(
        &birth_date,
        &due_date,
        &previous_date,
        &previous_reassess,
        &high_risk,
        &domains,
        today,
    )
    .and_then(|answers| joint_assessment_only(answers, today));
    let answers = match checked {
        Ok(a) => a,
        Err(e) => {
            let dates = [Some(birth_date), due_date, previous_date, previous_reassess];
            draft::write_check(&state, &crate::types::CheckTyped::kept(dates, domains, high_risk));
            return Err(e);
        }
    };
    if let Some(mut old) = draft::read(&state) {
        draft::release(&state, &mut old).await?;
    }
    draft::clear_check(&state);
    draft::write(
        &state,
        &draft::Draft {
            answers,
            hold: None,
            typed: None,
        },
    );
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// Step 2: holds a place on the clinic day chosen (giving back one held before).
#[server]
pub async fn hold_day(day_id: ClinicDayId) -> Result<(), AppError> {
    use domain::booking::triage::may_book_on;
    let state = platform::ssr::state::app_state()?;
    let mut d = draft::read(&state).ok_or(AppError::Booking(BookingError::StartAgain))?;
    draft::release(&state, &mut d).await?;
    d.typed = None;
    let held = super::flow::hold_place(day_id, d.answers.birth_date).await?;
    let date = held.day.date;
    if let Err(r) = may_book_on(&d.answers, state.clock.today(), date) {
        crate::store::holds::release(&state.db, &held.token).await?;
        return Err(super::flow::day_refusal(r));
    }
    d.hold = Some(draft::Hold {
        token: held.token,
        expires_at: held.expires_at,
    });
    draft::write(&state, &d);
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// Gives the held place back to choose another day.
#[server]
pub async fn change_day() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    if let Some(mut d) = draft::read(&state) {
        draft::release(&state, &mut d).await?;
        draft::write(&state, &d);
    }
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// Forgets the answers (and gives back a held place) to answer the check again.
#[server]
pub async fn start_over() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    if let Some(mut d) = draft::read(&state) {
        draft::release(&state, &mut d).await?;
    }
    draft::clear(&state);
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// Step 3: the registration. The held place passes to it, or nothing changes.
#[server]
pub async fn submit_booking(
    child_name: String,
    national_id: String,
    filled_by: FilledBy,
    phone: String,
    #[server(default)] email: Option<String>,
    #[server(default)] notes: String,
) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let mut d = draft::read(&state).ok_or(AppError::Booking(BookingError::StartAgain))?;
    let Some(hold) = d.hold.as_ref() else {
        return Err(AppError::Booking(BookingError::HoldExpired));
    };
    let contact = super::flow::Contact {
        child_name: &child_name,
        national_id: &national_id,
        filled_by,
        phone: &phone,
        email: email.as_deref(),
        notes: &notes,
    };
    match super::flow::submit(&hold.token, d.answers.clone(), contact).await {
        Ok(v) => {
            draft::clear(&state);
            draft::write_done(&state, v.id);
            leptos_axum::redirect("/ei/book/done");
            Ok(())
        }
        Err(e @ AppError::Booking(BookingError::HoldExpired | BookingError::ChildAlreadyBooked(_))) => {
            // The place is gone (expired, or given back because the child is booked).
            d.hold = None;
            d.typed = None;
            draft::write(&state, &d);
            Err(e)
        }
        Err(e) => {
            d.typed = Some(contact.typed());
            draft::write(&state, &d);
            Err(e)
        }
    }
}

/// The registration this browser just submitted, for the confirmation page.
#[server]
pub async fn last_booking() -> Result<Option<RegistrationView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    let Some(id) = draft::read_done(&state) else {
        return Ok(None);
    };
    let row = crate::store::registrations::by_id(&state.db, id).await?;
    row.map(|r| super::convert::registration(&r, state.clock.today()))
        .transpose()
}
