//! Pieces shared by the booking pages: labels in both languages, and the calendar.

mod calendar;
mod registration_card;

pub use calendar::{Calendar, Choose};
pub use registration_card::{CardMode, ChangeNotice, RegistrationCard, VisitFacts};

use domain::booking::case::{CaseEventKind, CaseOutcome, CaseStage, ContactClock, ContactMethod, ReporterKind};
use domain::booking::contact::FilledBy;
use domain::booking::referral::Deadline;
use domain::booking::registration::RegistrationStatus;
use domain::booking::report::Service;
use domain::booking::session_plan::Discipline;
use domain::booking::triage::{HighRisk, ProblemDomain};
use i18n::*;
use leptos::prelude::*;

pub use crate::labels::{clinic_label, ineligible_text};

/// The district a child lives in, as the family gave it, or that they did not give it.
pub fn home_district_label(l: Locale, d: Option<domain::booking::District>) -> &'static str {
    match d {
        Some(d) => platform::format::place(l, d),
        None => td_string!(l, booking.home_district_none),
    }
}

pub fn status_label(locale: Locale, s: RegistrationStatus) -> &'static str {
    use RegistrationStatus as S;
    match s {
        S::Submitted => td_string!(locale, booking.status_submitted),
        S::Confirmed => td_string!(locale, booking.status_confirmed),
        S::CheckedIn => td_string!(locale, booking.status_checked_in),
        S::Completed => td_string!(locale, booking.status_completed),
        S::NoShow => td_string!(locale, booking.status_no_show),
        S::Ineligible => td_string!(locale, booking.status_ineligible),
        S::Cancelled => td_string!(locale, booking.status_cancelled),
    }
}

/// A service a report recommends, by name.
pub fn service_label(l: Locale, s: Service) -> &'static str {
    match s {
        Service::PhysicalTherapy => td_string!(l, booking.service_physical_therapy),
        Service::OccupationalTherapy => td_string!(l, booking.service_occupational_therapy),
        Service::SpeechTherapy => td_string!(l, booking.service_speech_therapy),
        Service::Psychology => td_string!(l, booking.service_psychology),
        Service::SpecialEducation => td_string!(l, booking.service_special_education),
        Service::FollowUpClinic => td_string!(l, booking.service_follow_up_clinic),
    }
}

/// What a recommended service is, in plain words for the family.
pub fn service_meaning(l: Locale, s: Service) -> &'static str {
    match s {
        Service::PhysicalTherapy => td_string!(l, booking.service_physical_therapy_means),
        Service::OccupationalTherapy => td_string!(l, booking.service_occupational_therapy_means),
        Service::SpeechTherapy => td_string!(l, booking.service_speech_therapy_means),
        Service::Psychology => td_string!(l, booking.service_psychology_means),
        Service::SpecialEducation => td_string!(l, booking.service_special_education_means),
        Service::FollowUpClinic => td_string!(l, booking.service_follow_up_clinic_means),
    }
}

pub fn domain_label(locale: Locale, d: ProblemDomain) -> &'static str {
    match d {
        ProblemDomain::Motor => td_string!(locale, booking.domain_motor),
        ProblemDomain::CognitionSocial => td_string!(locale, booking.domain_cognition_social),
        ProblemDomain::LanguageSpeech => td_string!(locale, booking.domain_language_speech),
        ProblemDomain::Growth => td_string!(locale, booking.domain_growth),
    }
}

pub fn risk_label(locale: Locale, r: HighRisk) -> &'static str {
    match r {
        HighRisk::PretermBirth => td_string!(locale, booking.risk_preterm_birth),
        HighRisk::LowBirthWeight => td_string!(locale, booking.risk_low_birth_weight),
        HighRisk::RareDisease => td_string!(locale, booking.risk_rare_disease),
        HighRisk::Epilepsy => td_string!(locale, booking.risk_epilepsy),
        HighRisk::MetabolicDisorder => td_string!(locale, booking.risk_metabolic_disorder),
        HighRisk::ChromosomalOrCraniofacial => td_string!(locale, booking.risk_chromosomal_or_craniofacial),
        HighRisk::ExistingDisability => td_string!(locale, booking.risk_existing_disability),
        HighRisk::FamilyHistory => td_string!(locale, booking.risk_family_history),
    }
}

pub fn discipline_label(locale: Locale, d: Discipline) -> &'static str {
    match d {
        Discipline::Physician => td_string!(locale, booking.discipline_physician),
        Discipline::PhysicalTherapy => td_string!(locale, booking.discipline_physical_therapy),
        Discipline::OccupationalTherapy => td_string!(locale, booking.discipline_occupational_therapy),
        Discipline::SpeechTherapy => td_string!(locale, booking.discipline_speech_therapy),
        Discipline::Psychology => td_string!(locale, booking.discipline_psychology),
        Discipline::SocialWork => td_string!(locale, booking.discipline_social_work),
        Discipline::Audiology => td_string!(locale, booking.discipline_audiology),
    }
}

pub fn filled_by_label(locale: Locale, f: FilledBy) -> &'static str {
    match f {
        FilledBy::Parent => td_string!(locale, booking.filled_by_parent),
        FilledBy::Grandparent => td_string!(locale, booking.filled_by_grandparent),
        FilledBy::Teacher => td_string!(locale, booking.filled_by_teacher),
        FilledBy::SocialWorker => td_string!(locale, booking.filled_by_social_worker),
        FilledBy::Nurse => td_string!(locale, booking.filled_by_nurse),
        FilledBy::Nanny => td_string!(locale, booking.filled_by_nanny),
        FilledBy::Other => td_string!(locale, booking.filled_by_other),
    }
}

/// A clinic day's sessions, each discipline with its minutes, and the total.
#[component]
pub fn SessionPlanList(sessions: Vec<domain::booking::session_plan::Session>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let total: u32 = sessions.iter().map(|s| s.minutes).sum();
    view! {
        <ul class="sessions">
            {sessions.into_iter().map(|s| {
                let discipline = discipline_label(l, s.discipline);
                view! { <li>{td_string!(l, booking.session_minutes, discipline = discipline, minutes = s.minutes).to_string()}</li> }
            }).collect_view()}
        </ul>
        <p class="small">{td_string!(l, booking.session_total, minutes = total).to_string()}</p>
    }
}

/// Who made a referral.
pub fn reporter_kind_label(l: Locale, k: ReporterKind) -> &'static str {
    match k {
        ReporterKind::School => td_string!(l, cases.kind_school),
        ReporterKind::Medical => td_string!(l, cases.kind_medical),
        ReporterKind::SocialWelfare => td_string!(l, cases.kind_social_welfare),
        ReporterKind::Family => td_string!(l, cases.kind_family),
    }
}

pub fn outcome_label(l: Locale, o: CaseOutcome) -> &'static str {
    match o {
        CaseOutcome::Assessed => td_string!(l, cases.outcome_assessed),
        CaseOutcome::FamilyDeclined => td_string!(l, cases.outcome_family_declined),
        CaseOutcome::Unreachable => td_string!(l, cases.outcome_unreachable),
        CaseOutcome::MovedAway => td_string!(l, cases.outcome_moved_away),
        CaseOutcome::AlreadyInServices => td_string!(l, cases.outcome_already_in_services),
    }
}

pub fn method_label(l: Locale, m: ContactMethod) -> &'static str {
    match m {
        ContactMethod::Phone => td_string!(l, cases.method_phone),
        ContactMethod::HomeVisit => td_string!(l, cases.method_home_visit),
        ContactMethod::Message => td_string!(l, cases.method_message),
    }
}

pub fn stage_label(l: Locale, s: CaseStage) -> String {
    match s {
        CaseStage::New => td_string!(l, cases.stage_new).to_string(),
        CaseStage::Contacted => td_string!(l, cases.stage_contacted).to_string(),
        CaseStage::Booked => td_string!(l, cases.stage_booked).to_string(),
        CaseStage::Closed(o) => td_string!(l, cases.closed_with, outcome = outcome_label(l, o)).to_string(),
    }
}

pub fn event_label(l: Locale, k: CaseEventKind) -> &'static str {
    match k {
        CaseEventKind::Opened => td_string!(l, cases.event_opened),
        CaseEventKind::ReferredAgain => td_string!(l, cases.event_referred_again),
        CaseEventKind::Assigned => td_string!(l, cases.event_assigned),
        CaseEventKind::Contact => td_string!(l, cases.event_contact),
        CaseEventKind::Booked => td_string!(l, cases.event_booked),
        CaseEventKind::Closed => td_string!(l, cases.event_closed),
    }
}

/// Where the contact clock stands, in words.
pub fn contact_clock_text(l: Locale, c: ContactClock) -> String {
    match c {
        ContactClock::Running(Deadline::DaysLeft(n)) => td_string!(l, cases.contact_days_left, n = n).to_string(),
        ContactClock::Running(Deadline::DueToday) => td_string!(l, cases.contact_due_today).to_string(),
        ContactClock::Running(Deadline::Overdue(n)) => td_string!(l, cases.contact_overdue, n = n).to_string(),
        ContactClock::Made { on, late } => {
            let date = platform::format::date(l, on);
            if late {
                td_string!(l, cases.contacted_late, date = date).to_string()
            } else {
                td_string!(l, cases.contacted_on, date = date).to_string()
            }
        }
    }
}
