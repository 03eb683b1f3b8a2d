//! What both services share: accounts and roles, sessions, the page frame and
//! its navigation (which the services register), languages, errors and
//! formatting; server side (`ssr`), the state, database access, keys, clock,
//! rate limits, audit log and the directory of workplaces.

pub mod account;
pub mod accounts;
pub mod auth;
pub mod charts;
pub mod echo;
pub mod error;
pub mod filters;
pub mod format;
pub mod islands;
pub mod layout;
pub mod nav;
pub mod pages;
pub mod profile;

#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "ssr")]
pub mod usecase;

pub use error::AppError;
