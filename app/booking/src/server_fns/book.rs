//! The booking pages' steps: check, choose a day (the place is held), fill
//! in. Plain form posts that redirect, so they work with and without
//! JavaScript; between steps the family's answers and its hold live in a
//! sealed cookie (`booking`), never in a URL or a server-side session.

// The form posts one field per argument (it works without JavaScript):
// the contact has eight, and the code the `server` macro generates for the
// browser cannot carry an attribute of its own.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::{BookingStep, RegistrationView};
use domain::booking::contact::FilledBy;
use domain::booking::triage::{HighRisk, ProblemDomain};
use domain::ids::ClinicDayId;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod draft;

/// The triage answers this device holds (a check passed, still leading to
/// a joint assessment), to join the waitlist with.
#[cfg(feature = "ssr")]
pub(crate) fn draft_answers(state: &platform::ssr::AppState) -> Option<domain::booking::TriageInput> {
    let d = draft::read(state)?;
    let today = state.clock.today();
    domain::booking::triage::triage(&d.answers, today).window()?;
    Some(d.answers)
}

/// The family joined the waitlist: a place still held is given back and
/// the answers are forgotten.
#[cfg(feature = "ssr")]
pub(crate) async fn finish_draft(state: &platform::ssr::AppState) -> Result<(), AppError> {
    if let Some(mut d) = draft::read(state) {
        draft::release(state, &mut d).await?;
    }
    draft::clear(state);
    Ok(())
}

/// The confirmation page shows this registration (a waitlist offer accepted).
#[cfg(feature = "ssr")]
pub(crate) fn show_booked(state: &platform::ssr::AppState, id: domain::ids::RegistrationId) {
    draft::write_done(state, id);
}

/// Where the family is in the flow, for the page.
#[server]
pub async fn current_step() -> Result<BookingStep, AppError> {
    let state = platform::ssr::state::app_state()?;
    draft::step(&state, draft::read(&state)).await
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

/// The check filled in from elsewhere (the self-screening's result): the
/// child's dates and the areas of concern, for the family to complete.
#[cfg(feature = "ssr")]
pub(crate) fn prefill_check(
    state: &platform::ssr::AppState,
    birth: chrono::NaiveDate,
    due: Option<chrono::NaiveDate>,
    domains: Vec<ProblemDomain>,
) {
    let dates = [Some(birth.to_string()), due.map(|d| d.to_string()), None, None];
    draft::write_check(state, &crate::types::CheckTyped::kept(dates, domains, Vec::new()));
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
    let dates = [&due_date, &previous_date, &previous_reassess];
    let answers = super::flow::triage_input(&birth_date, dates, &high_risk, &domains, today)
        .and_then(|answers| joint_assessment_only(answers, today))
        .inspect_err(|_| {
            let dates = [Some(birth_date), due_date, previous_date, previous_reassess];
            draft::write_check(&state, &crate::types::CheckTyped::kept(dates, domains, high_risk));
        })?;
    draft::start(&state, answers).await?;
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// Step 2: holds a place on the clinic day chosen (giving back one held before).
#[server]
pub async fn hold_day(day_id: ClinicDayId) -> Result<(), AppError> {
    use domain::booking::triage::may_book_on;
    let state = platform::ssr::state::app_state()?;
    let mut d = draft::read(&state).ok_or(AppError::Service(BookingError::StartAgain))?;
    draft::release(&state, &mut d).await?;
    d.typed = None;
    let held = super::flow::hold_place(day_id, d.answers.birth_date).await?;
    let date = held.day.date;
    if let Err(r) = may_book_on(&d.answers, state.clock.today(), date) {
        crate::store::holds::release(&state.db, &held.token, state.clock.now()).await?;
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
    national_id: domain::booking::national_id::TypedId,
    filled_by: FilledBy,
    phone: String,
    #[server(default)] email: Option<String>,
    #[server(default)] notes: String,
    #[server(default)] channels: Option<domain::booking::contact::Channels>,
    #[server(default)] home_district: String,
) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let d = draft::read(&state).ok_or(AppError::Service(BookingError::StartAgain))?;
    let token = d.hold.as_ref().map(|h| h.token.clone());
    let token = token.ok_or(AppError::Service(BookingError::HoldExpired))?;
    let contact = super::flow::Contact {
        child_name: &child_name,
        national_id: national_id.as_str(),
        filled_by,
        phone: &phone,
        email: email.as_deref(),
        notes: &notes,
        channels,
        home: super::flow::home_from_form(&home_district)?,
    };
    let submitted = super::flow::submit(&token, d.answers.clone(), contact, None).await;
    draft::settle(&state, d, submitted.map(|v| v.id), contact.typed())?;
    leptos_axum::redirect("/ei/book/done");
    Ok(())
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
