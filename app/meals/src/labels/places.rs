//! The county's townships and Taiwan's other places in words: a township's
//! name and the choices of a form come from the installation's profile.

use domain::meals::Township;
use domain::meals::locality::{County, Locality};
use domain::platform::profile::Service;
use domain::{Bilingual, Named};
use i18n::*;
use platform::format;

/// A township's name in the reader's language.
pub fn township_label(l: Locale, t: Township) -> String {
    platform::profile::area_name(l, t)
}

/// The county's townships in its profile's order, each with its name.
pub fn township_choices(l: Locale) -> Vec<(Township, String)> {
    platform::profile::areas(l, Service::Meals)
}

/// Another city or county of Taiwan, each with its name.
pub fn county_choices(l: Locale) -> Vec<(County, &'static str)> {
    County::all().map(|c| (c, format::place(l, c))).collect()
}

/// Where a supplier is, in the reader's language.
pub fn locality_label(l: Locale, p: Locality) -> String {
    match p {
        Locality::Local(t) => township_label(l, t),
        Locality::Elsewhere(c) => format::place(l, c).to_owned(),
    }
}

/// Where a supplier is, in both languages (for an island, which has no
/// profile of its own).
pub fn locality_names(installation: &domain::platform::profile::Installation, p: Locality) -> Bilingual {
    p.name_in(installation)
        .unwrap_or_else(|| Bilingual::new(p.as_str(), p.as_str()))
}
