//! The isomorphic application: the two services and the platform they share.
//!
//! - `platform`: accounts and roles, the app shell, languages, errors, and
//!   (server side) the state, database access and authentication.
//! - `booking`: early-intervention joint assessment booking (Taoyuan City).
//! - `meals`: low-carbon meal carbon calculator (Taitung County).
//!
//! Each service has the same kinds of file: `api` (server functions, thin),
//! `pages` and `components` (views), and `store` (server only: SQL). The
//! business rules themselves live in the `domain` crate.

#![recursion_limit = "512"]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod booking;
pub mod meals;
pub mod platform;

pub use platform::shell::{App, shell};
