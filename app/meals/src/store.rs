//! SQL for the meal service (server only).

pub mod certification;
pub mod dashboard;
pub mod meals;
pub mod restaurants;
pub mod standard;
pub mod suppliers;

pub use standard::StandardCache;
