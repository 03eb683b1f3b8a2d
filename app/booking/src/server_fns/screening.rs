//! The self-screening checklist: the child's birth date gives the band, the
//! answers give the result (the rule is the domain's). Plain form posts that
//! redirect back, so it works without JavaScript. Nothing is stored on the
//! server: the birth date and the answers live for an hour in a sealed
//! cookie on the family's own device (`screening`), and go into the booking
//! only when the family chooses to book.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::ScreeningView;
use domain::booking::screening::Answer;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The screening as the family left it, sealed on its device for an hour.
#[cfg(feature = "ssr")]
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    birth: chrono::NaiveDate,
    due: Option<chrono::NaiveDate>,
    answers: domain::booking::screening::Answers,
    /// Whether the answers were sent as complete (the result is shown).
    done: bool,
}

#[cfg(feature = "ssr")]
impl Kept {
    /// The child's age band today (it moves on as the child grows), or the
    /// refusal to start again once the child is past the checklist's ages.
    fn band(&self, today: chrono::NaiveDate) -> Result<domain::booking::screening::Band, BookingError> {
        domain::booking::screening::Band::on(self.birth, self.due, today).map_err(|_| BookingError::StartAgain)
    }
}

#[cfg(feature = "ssr")]
const KEPT: platform::ssr::sealed::Sealed<Kept> = platform::ssr::sealed::Sealed::new("screening", 3600);

/// The band's questions for the child, and the result once answered; none
/// before the birth date is given.
#[server]
pub async fn screening() -> Result<Option<ScreeningView>, AppError> {
    use domain::booking::screening::{Band, assess};
    let state = platform::ssr::state::app_state()?;
    let Some(k) = KEPT.read(&state) else {
        return Ok(None);
    };
    let today = state.clock.today();
    // The band is worked out again each time: a child may have reached the next.
    let age = domain::booking::age::ChildAge::on(k.birth, k.due, today);
    let Some((band, age)) = age.ok().and_then(|a| Some((Band::for_age(a).ok()?, a))) else {
        KEPT.clear(&state);
        return Ok(None);
    };
    let outcome = k.done.then(|| assess(band, &k.answers, k.birth, k.due).ok()).flatten();
    let corrected = age.corrected;
    Ok(Some(ScreeningView {
        band,
        corrected,
        answers: k.answers,
        outcome,
    }))
}

/// Starts a screening for a child born on `birth_date` (due on `due_date`
/// if born early).
#[server]
pub async fn start_screening(birth_date: String, #[server(default)] due_date: Option<String>) -> Result<(), AppError> {
    use domain::booking::screening::{Band, BandError};
    let state = platform::ssr::state::app_state()?;
    let today = state.clock.today();
    let child = super::flow::triage_input(&birth_date, [&due_date, &None, &None], &[], &[], today)?;
    Band::on(child.birth_date, child.due_date, today).map_err(|e| match e {
        BandError::TooYoung => BookingError::ScreeningTooYoung,
        BandError::TooOld => BookingError::ScreeningTooOld,
        BandError::Age(_) => BookingError::DueDateImplausible,
    })?;
    let k = Kept {
        birth: child.birth_date,
        due: child.due_date,
        answers: Default::default(),
        done: false,
    };
    KEPT.write(&state, &k);
    leptos_axum::redirect("/ei/screening");
    Ok(())
}

/// The answers, by item number (`answers[3]=not_yet`). Every item needs one;
/// what was answered is kept either way.
#[server]
pub async fn answer_screening(#[server(default)] answers: BTreeMap<String, Answer>) -> Result<(), AppError> {
    use domain::booking::screening::{ScreeningError, assess};
    let state = platform::ssr::state::app_state()?;
    let mut k = KEPT.read(&state).ok_or(BookingError::StartAgain)?;
    let band = k.band(state.clock.today())?;
    let parsed: Option<BTreeMap<u8, Answer>> = answers.into_iter().map(|(n, a)| Some((n.parse().ok()?, a))).collect();
    let answers = parsed.ok_or(AppError::InvalidInput)?;
    let result = assess(band, &answers, k.birth, k.due);
    if let Err(ScreeningError::NoSuchItem(_)) = result {
        return Err(AppError::InvalidInput);
    }
    k.answers = answers;
    k.done = result.is_ok();
    KEPT.write(&state, &k);
    match result {
        Err(ScreeningError::Unanswered(items)) => Err(BookingError::ScreeningUnanswered(items).into()),
        _ => {
            leptos_axum::redirect("/ei/screening#result");
            Ok(())
        }
    }
}

/// Books from the result: the booking's check starts filled in with the
/// child's dates and the areas the checklist found.
#[server]
pub async fn book_from_screening() -> Result<(), AppError> {
    use domain::booking::screening::{Outcome, assess};
    let state = platform::ssr::state::app_state()?;
    let k = KEPT.read(&state).ok_or(BookingError::StartAgain)?;
    let band = k.band(state.clock.today())?;
    let domains = match assess(band, &k.answers, k.birth, k.due) {
        Ok(Outcome::Assess { domains, .. }) => domains.into_iter().collect(),
        _ => Vec::new(),
    };
    super::book::prefill_check(&state, k.birth, k.due, domains);
    leptos_axum::redirect("/ei/book");
    Ok(())
}

/// The finished checklist kept on this device, to attach to a referral: the
/// child's birth date, the band and what the answers mean.
#[cfg(feature = "ssr")]
pub(crate) fn finished(state: &platform::ssr::AppState) -> Option<crate::types::AttachedScreening> {
    let k = KEPT.read(state).filter(|k| k.done)?;
    let band = k.band(state.clock.today()).ok()?;
    let outcome = domain::booking::screening::assess(band, &k.answers, k.birth, k.due).ok()?;
    Some(crate::types::AttachedScreening {
        birth: k.birth,
        band,
        outcome,
    })
}

/// Forgets the screening (to screen another child, or to start again).
#[server]
pub async fn forget_screening() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    KEPT.clear(&state);
    leptos_axum::redirect("/ei/screening");
    Ok(())
}
