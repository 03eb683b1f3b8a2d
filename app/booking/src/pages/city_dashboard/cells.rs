//! How the dashboard writes a figure, a verdict against the target, a centre's name.

use crate::server_fns::dashboard::CentreName;
use domain::booking::waiting::Targets;
use domain::stats::Cell;
use i18n::*;
use platform::format::Localized;

pub(crate) fn cell(c: Cell) -> String {
    match c {
        Cell::Shown(n) => n.to_string(),
        Cell::Suppressed => "<5".to_string(),
    }
}

/// The city's target as its profile sets it, for a page (rendered on the
/// server); nothing where this installation runs no early intervention.
pub(crate) fn page_targets() -> Option<Targets> {
    platform::profile::installation()
        .early_intervention()
        .map(|(_, ei)| Targets::of(ei))
}

/// Whether a share meets the target share, in words (never colour alone).
pub(crate) fn verdict(l: Locale, share: Option<f64>, target: f64) -> &'static str {
    match share {
        Some(s) if s >= target => td_string!(l, dashboard.meets_target),
        Some(_) => td_string!(l, dashboard.below_target),
        None => td_string!(l, dashboard.no_figure),
    }
}

pub(crate) fn centre_name(l: Locale, centres: &[CentreName], id: i64) -> String {
    centres
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.name.tr(l))
        .unwrap_or_else(|| id.to_string())
}
