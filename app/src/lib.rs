//! The application as one: the HTML document and the routes of both
//! services, and what each service registers with the platform.
//!
//! - `platform` (crate): accounts and roles, the page frame, languages,
//!   errors, and (server side) the state, database access and authentication.
//! - `booking` (crate): early-intervention joint assessment booking.
//! - `meals` (crate): low-carbon meal carbon calculator.
//!
//! Each service crate has the same kinds of module: `server_fns` (thin server
//! functions), `pages` and `components` (views), `store` (server only: SQL)
//! and `state` (server only). The business rules themselves live in `domain`.

#![recursion_limit = "512"]

mod services;
mod shell;

pub use services::{NAVIGATION, provide_services};
pub use shell::{App, shell};
