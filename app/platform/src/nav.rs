//! What each service registers with the page frame: its links in the header
//! and the start page of the roles it serves. The `app` crate puts the
//! registrations together; the platform knows no service by name.

use domain::platform::Role;
use domain::platform::profile::Service;
use i18n::Locale;
use leptos::prelude::*;

/// A link in the header.
#[derive(Clone, Copy)]
pub struct NavLink {
    pub href: &'static str,
    pub label: fn(Locale) -> &'static str,
    /// Who sees it: everyone (`None`), or accounts of these roles once signed in.
    pub roles: Option<&'static [Role]>,
}

impl NavLink {
    pub fn shown_to(&self, role: Option<Role>) -> bool {
        match (self.roles, role) {
            (None, _) => true,
            (Some(roles), Some(r)) => roles.contains(&r),
            (Some(_), None) => false,
        }
    }
}

/// Everything the frame needs from the services.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The header's links, in order, each list with the service it belongs
    /// to (none: the platform's own).
    pub links: &'static [(Option<Service>, &'static [NavLink])],
    /// Where each role lands after signing in.
    pub home: fn(Role) -> &'static str,
}

impl Navigation {
    /// The links one visitor sees: the public ones, then those of the
    /// account's role, each in the order the services registered them; of
    /// the services this installation `runs` only.
    pub fn links_for(&self, role: Option<Role>, runs: impl Fn(Service) -> bool) -> Vec<&'static NavLink> {
        let all = || {
            self.links
                .iter()
                .filter(|(service, _)| service.is_none_or(&runs))
                .flat_map(|(_, l)| l.iter())
        };
        all()
            .filter(|l| l.roles.is_none())
            .chain(all().filter(|l| l.roles.is_some() && l.shown_to(role)))
            .collect()
    }
}

/// Provides the registrations to the pages (and, on the server, to server functions).
pub fn provide_navigation(n: Navigation) {
    provide_context(n);
}

/// The registrations; a frame without them shows no service links and sends everyone home.
pub fn use_navigation() -> Navigation {
    use_context::<Navigation>().unwrap_or(Navigation {
        links: &[],
        home: |_| "/",
    })
}
