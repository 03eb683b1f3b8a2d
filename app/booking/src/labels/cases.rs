//! Referral cases: who referred, the outcome, how the family was
//! contacted, the stage, what was done, the contact clock.

use domain::booking::case::{CaseEventKind, CaseOutcome, CaseStage, ContactClock, ContactMethod, ReporterKind};
use domain::booking::referral::Deadline;
use i18n::*;

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
