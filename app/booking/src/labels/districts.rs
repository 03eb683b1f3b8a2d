//! The city's districts as pages show them: names and choices come from
//! the installation's profile.

use domain::booking::District;
use domain::platform::profile::Service;
use i18n::Locale;

/// A district's name in the reader's language.
pub fn district_name(l: Locale, d: District) -> String {
    platform::profile::area_name(l, d)
}

/// The city's districts in its profile's order, each with its name (the
/// choices of a form).
pub fn district_choices(l: Locale) -> Vec<(District, String)> {
    platform::profile::areas(l, Service::EarlyIntervention)
}
