//! The application as one: the HTML document and the routes of both
//! services, and what each service registers with the platform.
//!
//! - `platform` (crate): accounts and roles, the page frame, languages,
//!   errors, and (server side) the state, database access and authentication.
//! - `booking` (crate): early-intervention joint assessment booking (Taoyuan City).
//! - `meals` (crate): low-carbon meal carbon calculator (Taitung County).
//!
//! Each service crate has the same kinds of module: `server_fns` (thin server
//! functions), `pages` and `components` (views), `store` (server only: SQL)
//! and `state` (server only). The business rules themselves live in `domain`.

#![recursion_limit = "512"]

mod shell;

pub use shell::{App, shell};

use domain::platform::Role;
use platform::nav::{Navigation, provide_navigation};

/// What the services register with the platform's frame: their header links
/// and the start page of each role.
pub const NAVIGATION: Navigation = Navigation {
    links: &[platform::layout::NAV, booking::NAV, meals::NAV],
    home: home_of,
};

fn home_of(role: Role) -> &'static str {
    booking::home_of(role).or_else(|| meals::home_of(role)).unwrap_or("/")
}

/// Provides the registrations; the server also calls it for server functions.
pub fn provide_services() {
    provide_navigation(NAVIGATION);
}
