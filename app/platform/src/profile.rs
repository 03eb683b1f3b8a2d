//! The installation's governments as pages read them. Pages are rendered on
//! the server (only islands run in the browser, and no island reads this).

use domain::platform::profile::Installation;
use domain::text::Lang;
use std::sync::Arc;

/// The governments this installation serves (none outside a request).
pub fn installation() -> Arc<Installation> {
    leptos::prelude::use_context::<Arc<Installation>>().unwrap_or_default()
}

/// What pages say about the installation's governments, in `lang`.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// The governments' official names, joined (the footer).
    pub governments: String,
    /// The early-intervention government's place (a city), if one runs it.
    pub city: String,
    /// The meal government's place (a county), if one runs it.
    pub county: String,
    /// Their short names (the place without 市 or 縣).
    pub city_short: String,
    pub county_short: String,
    /// The meal government's official name.
    pub county_government: String,
}

impl Names {
    pub fn of(installation: &Installation, lang: Lang) -> Self {
        let ei = installation.early_intervention().map(|(g, _)| g);
        let meals = installation.meals().map(|(g, _)| g);
        Self {
            governments: installation.names(lang),
            city: ei.map(|g| g.place.get(lang).to_owned()).unwrap_or_default(),
            county: meals.map(|g| g.place.get(lang).to_owned()).unwrap_or_default(),
            city_short: ei.map(|g| g.short.get(lang).to_owned()).unwrap_or_default(),
            county_short: meals.map(|g| g.short.get(lang).to_owned()).unwrap_or_default(),
            county_government: meals.map(|g| g.name.get(lang).to_owned()).unwrap_or_default(),
        }
    }
}

/// A service's pages: shown where this installation runs the service, the
/// translated "not found" page (status 404) everywhere else.
pub fn service_outlet(service: domain::platform::profile::Service) -> leptos::prelude::AnyView {
    use leptos::prelude::IntoAny;
    if installation().running(service).is_some() {
        leptos::view! { <leptos_router::components::Outlet/> }.into_any()
    } else {
        leptos::view! { <crate::pages::not_found::NotFoundPage/> }.into_any()
    }
}

/// The names in the reader's language, for the page being rendered.
pub fn names(locale: i18n::Locale) -> Names {
    Names::of(&installation(), crate::format::lang(locale))
}

/// An area's name (a district or township) in the reader's language; the
/// stored key where the installation's profiles do not know it.
pub fn area_name(locale: i18n::Locale, key: domain::platform::AreaKey) -> String {
    installation()
        .area_name(key)
        .map(|n| n.get(crate::format::lang(locale)).to_owned())
        .unwrap_or_else(|| key.to_string())
}

/// The areas of the government running `service`, in the profile's order,
/// each with its name in the reader's language (a form's choices).
pub fn areas(
    locale: i18n::Locale,
    service: domain::platform::profile::Service,
) -> Vec<(domain::platform::AreaKey, String)> {
    let lang = crate::format::lang(locale);
    installation()
        .areas(service)
        .iter()
        .filter_map(|a| Some((a.stored()?, a.name.get(lang).to_owned())))
        .collect()
}
