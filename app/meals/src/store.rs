//! SQL for the meal service (server only).

pub mod meals;
pub mod restaurants;
pub mod standard;

pub use standard::StandardCache;
