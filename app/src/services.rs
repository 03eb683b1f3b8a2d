//! What the services register with the platform: header links and each role's start page.

use domain::platform::Role;
use domain::platform::profile::Service;
use platform::nav::{Navigation, provide_navigation};

/// What the services register with the platform's frame: their header links
/// and the start page of each role.
pub const NAVIGATION: Navigation = Navigation {
    links: &[
        (None, platform::layout::NAV),
        (Some(Service::EarlyIntervention), booking::NAV),
        (Some(Service::Meals), meals::NAV),
    ],
    home: home_of,
};

fn home_of(role: Role) -> &'static str {
    booking::home_of(role).or_else(|| meals::home_of(role)).unwrap_or("/")
}

/// Provides the registrations; the server also calls it for server functions.
pub fn provide_services() {
    provide_navigation(NAVIGATION);
}
