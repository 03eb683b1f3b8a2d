//! Server functions of the meal service.

#[cfg(feature = "ssr")]
mod convert;
pub mod menu;
pub mod public;
pub mod standard;
