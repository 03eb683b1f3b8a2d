//! The early-intervention government's terms, from the installation's
//! profile.

use crate::error::AppError;
use domain::booking::waiting::Targets;
use platform::ssr::Context;

/// The first-assessment target the dashboards count against (not found
/// where this installation runs no early intervention).
pub fn targets(cx: &Context) -> Result<Targets, AppError> {
    let (_, ei) = cx.config.installation.early_intervention().ok_or(AppError::NotFound)?;
    Ok(Targets::of(ei))
}

/// The city's districts, in its profile's order.
pub fn districts(cx: &Context) -> Vec<domain::booking::District> {
    cx.config
        .installation
        .area_keys(domain::platform::profile::Service::EarlyIntervention)
}

/// The city's district with this key; bad input for any other text.
pub fn district(cx: &Context, key: &str) -> Result<domain::booking::District, AppError> {
    cx.config
        .installation
        .area(domain::platform::profile::Service::EarlyIntervention, key)
        .ok_or(AppError::InvalidInput)
}

/// A district a request named, if it is one of the city's (a key of the
/// right form is not yet one of its districts); bad input otherwise.
pub fn known(cx: &Context, d: domain::booking::District) -> Result<domain::booking::District, AppError> {
    district(cx, d.as_str())
}

/// [`known`] for a district that may be left out.
pub fn known_or_none(
    cx: &Context,
    d: Option<domain::booking::District>,
) -> Result<Option<domain::booking::District>, AppError> {
    d.map(|d| known(cx, d)).transpose()
}
