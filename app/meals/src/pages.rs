//! Pages of the meal service.

pub mod builder;
pub mod intro;
pub mod menu;
pub mod public_meal;
pub mod standard;
