//! The self-screening checklist: the child's birth date gives the band, the
//! answers give the result (the rule is the domain's). Nothing is stored on
//! the server: what the family's device keeps (`kept::screening`) goes in,
//! what it should keep comes out.

use crate::error::{AppError, BookingError};
use crate::forms::triage_input;
use crate::kept::screening::Kept;
use crate::types::{CheckTyped, ScreeningView};
use chrono::NaiveDate;
use domain::booking::screening::{Answer, Band, Outcome, ScreeningError, assess};
use std::collections::BTreeMap;

/// The band's questions for the child, and the result once answered; none
/// when nothing is kept, or the child has left the checklist's ages (then
/// what is kept is forgotten: `false`).
pub fn screening_view(kept: Option<Kept>, today: NaiveDate) -> (Option<ScreeningView>, bool) {
    let Some(k) = kept else {
        return (None, true);
    };
    // The band is worked out again each time: a child may have reached the next.
    let age = domain::booking::age::ChildAge::on(k.birth, k.due, today);
    let Some((band, age)) = age.ok().and_then(|a| Some((Band::for_age(a).ok()?, a))) else {
        return (None, false);
    };
    let outcome = k.done.then(|| assess(band, &k.answers, k.birth, k.due).ok()).flatten();
    let view = ScreeningView {
        band,
        corrected: age.corrected,
        answers: k.answers,
        outcome,
    };
    (Some(view), true)
}

/// A screening started for a child born on `birth_date` (due on `due_date`
/// if born early), in the checklist's ages.
pub fn start_screening(birth_date: &str, due_date: Option<&str>, today: NaiveDate) -> Result<Kept, BookingError> {
    let child = triage_input(birth_date, [due_date, None, None], &[], &[], today)?;
    Band::on(child.birth_date, child.due_date, today)?;
    Ok(Kept {
        birth: child.birth_date,
        due: child.due_date,
        answers: Default::default(),
        done: false,
    })
}

/// The answers, by item number. Every item needs one; what was answered is
/// kept either way (the first part), and the refusal says which are missing.
pub fn answer_screening(
    mut k: Kept,
    answers: BTreeMap<String, Answer>,
    today: NaiveDate,
) -> Result<(Kept, Result<(), BookingError>), AppError> {
    let band = k.band(today)?;
    let parsed: Option<BTreeMap<u8, Answer>> = answers.into_iter().map(|(n, a)| Some((n.parse().ok()?, a))).collect();
    let answers = parsed.ok_or(AppError::InvalidInput)?;
    let result = assess(band, &answers, k.birth, k.due);
    if let Err(ScreeningError::NoSuchItem(_)) = result {
        return Err(AppError::InvalidInput);
    }
    k.answers = answers;
    k.done = result.is_ok();
    let told = match result {
        Err(ScreeningError::Unanswered(items)) => Err(BookingError::ScreeningUnanswered(items)),
        _ => Ok(()),
    };
    Ok((k, told))
}

/// The booking's check filled in from the result: the child's dates and the
/// areas the checklist found, for the family to complete.
pub fn check_from_screening(k: &Kept, today: NaiveDate) -> Result<CheckTyped, BookingError> {
    let band = k.band(today)?;
    let domains = match assess(band, &k.answers, k.birth, k.due) {
        Ok(Outcome::Assess { domains, .. }) => domains.into_iter().collect(),
        _ => Vec::new(),
    };
    let dates = [Some(k.birth.to_string()), k.due.map(|d| d.to_string()), None, None];
    Ok(CheckTyped::kept(dates, domains, Vec::new()))
}
