//! Server functions of the meal service.

pub mod certification;
pub mod dashboard;
pub mod listing;
pub mod menu;
pub mod public;
pub mod sourcing;
pub mod standard;
