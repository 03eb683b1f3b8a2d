//! The certification's words: levels, criteria, statuses, steps,
//! certificate states and evidence topics.

use domain::Named;
use domain::meals::certificate::{ApplicationStatus, CertificateState};
use domain::meals::certification::Criterion;
use i18n::*;

pub fn certification_level_label(l: Locale, x: domain::meals::certificate::Level) -> &'static str {
    use domain::meals::certificate::Level;
    match x {
        Level::Basic => td_string!(l, meals.level_basic),
        Level::Advanced => td_string!(l, meals.level_advanced),
        Level::Exemplary => td_string!(l, meals.level_exemplary),
    }
}

pub fn criterion_label(l: Locale, c: Criterion) -> &'static str {
    match c {
        Criterion::AverageFootprint => td_string!(l, meals.crit_average),
        Criterion::LocalShare => td_string!(l, meals.crit_local),
        Criterion::CertifiedShare => td_string!(l, meals.crit_certified),
        Criterion::SeasonalMenu => td_string!(l, meals.crit_seasonal),
        Criterion::WasteMeasures => td_string!(l, meals.crit_waste),
        Criterion::ReusablePackaging => td_string!(l, meals.crit_packaging),
    }
}

pub fn status_label(l: Locale, s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Submitted => td_string!(l, meals.app_submitted),
        ApplicationStatus::ChangesRequested => td_string!(l, meals.app_changes_requested),
        ApplicationStatus::Approved => td_string!(l, meals.app_approved),
        ApplicationStatus::Rejected => td_string!(l, meals.app_rejected),
    }
}

pub fn step_label(l: Locale, action: &str) -> String {
    match ApplicationStatus::parse(action) {
        Some(s) => status_label(l, s).to_owned(),
        None => match action {
            "resubmitted" => td_string!(l, meals.step_resubmitted).to_owned(),
            "revoked" => td_string!(l, meals.step_revoked).to_owned(),
            other => other.to_owned(),
        },
    }
}

pub fn state_label(l: Locale, s: CertificateState) -> &'static str {
    match s {
        CertificateState::Valid => td_string!(l, meals.cert_state_valid),
        CertificateState::Expired => td_string!(l, meals.cert_state_expired),
        CertificateState::Revoked => td_string!(l, meals.cert_state_revoked),
        CertificateState::Replaced => td_string!(l, meals.cert_state_replaced),
    }
}

pub fn topic_label(l: Locale, t: domain::meals::certificate::EvidenceTopic) -> &'static str {
    match t {
        domain::meals::certificate::EvidenceTopic::Waste => td_string!(l, meals.crit_waste),
        domain::meals::certificate::EvidenceTopic::Packaging => td_string!(l, meals.crit_packaging),
    }
}
