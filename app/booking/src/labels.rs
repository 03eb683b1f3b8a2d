//! The words for the booking service's closed sets and outcomes, in the
//! reader's language: one place for every label its pages, mail and texts show.

use domain::booking::triage::{Ineligible, SpecialtyClinic};
use i18n::*;

/// Why a child cannot be booked, in plain words.
pub fn ineligible_text(locale: Locale, i: &Ineligible) -> String {
    match i {
        Ineligible::NotBornYet => td_string!(locale, errors.birth_date_future).to_string(),
        Ineligible::ImplausibleDueDate => td_string!(locale, errors.due_date_implausible).to_string(),
        Ineligible::SchoolAge { last_day } => {
            let date = platform::format::date(locale, *last_day);
            td_string!(locale, booking.ineligible_school_age, date = date).to_string()
        }
        Ineligible::AssessedRecently { from } => {
            let date = platform::format::date(locale, *from);
            td_string!(locale, booking.ineligible_recent, date = date).to_string()
        }
        Ineligible::PreviousInFuture => td_string!(locale, booking.ineligible_previous_future).to_string(),
    }
}

pub fn clinic_label(locale: Locale, c: SpecialtyClinic) -> &'static str {
    match c {
        SpecialtyClinic::Rehabilitation => td_string!(locale, booking.clinic_rehabilitation),
        SpecialtyClinic::ChildPsychiatry => td_string!(locale, booking.clinic_child_psychiatry),
        SpecialtyClinic::GeneticsMetabolism => td_string!(locale, booking.clinic_genetics_metabolism),
    }
}
