//! Accounts, roles, languages, errors and the app shell.

pub mod accounts;
pub mod auth;
pub mod error;
pub mod format;
pub mod layout;
pub mod pages;
pub mod shell;

#[cfg(feature = "ssr")]
pub mod ssr;

pub use error::AppError;
