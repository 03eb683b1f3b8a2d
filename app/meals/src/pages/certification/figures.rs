//! A criterion's figures as the certification pages show them.

use crate::types::OutcomeView;
use domain::meals::certification::Criterion;
use i18n::*;
use platform::format::kg;

pub(crate) fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
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
