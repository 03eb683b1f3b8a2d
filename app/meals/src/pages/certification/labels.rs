//! The certification's words: criteria, figures, statuses, steps, certificate states, evidence topics.

use crate::types::OutcomeView;
use domain::Named;
use domain::meals::certificate::{ApplicationStatus, CertificateState};
use domain::meals::certification::Criterion;
use i18n::*;
use platform::format::kg;

pub(crate) fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
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

/// What the restaurant shows and what the criterion asks.
pub(crate) fn figures(l: Locale, o: &OutcomeView) -> (String, String) {
    let none = || td_string!(l, meals.crit_none).to_owned();
    match o.criterion {
        Criterion::AverageFootprint => (
            o.value.map(|v| format!("{} kg", kg(v))).unwrap_or_else(none),
            td_string!(l, meals.crit_at_most, bound = format!("{} kg", kg(o.bound))).to_string(),
        ),
        Criterion::LocalShare | Criterion::CertifiedShare => (
            o.value.map(pct).unwrap_or_else(none),
            td_string!(l, meals.crit_at_least, bound = pct(o.bound)).to_string(),
        ),
        Criterion::SeasonalMenu => (
            o.value.map(|v| format!("{v:.0}")).unwrap_or_else(none),
            td_string!(l, meals.crit_at_least, bound = format!("{:.0}", o.bound)).to_string(),
        ),
        Criterion::WasteMeasures | Criterion::ReusablePackaging => (
            if o.met {
                td_string!(l, meals.crit_declared)
            } else {
                td_string!(l, meals.crit_not_declared)
            }
            .to_owned(),
            td_string!(l, meals.crit_required).to_owned(),
        ),
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

pub(crate) fn step_label(l: Locale, action: &str) -> String {
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

pub(crate) fn topic_label(l: Locale, t: domain::meals::certificate::EvidenceTopic) -> &'static str {
    match t {
        domain::meals::certificate::EvidenceTopic::Waste => td_string!(l, meals.crit_waste),
        domain::meals::certificate::EvidenceTopic::Packaging => td_string!(l, meals.crit_packaging),
    }
}
