//! Pages of the meal service.

pub mod builder;
pub mod certification;
pub mod county_dashboard;
pub mod county_restaurants;
pub mod farms;
pub mod intro;
pub mod menu;
pub mod public_meal;
pub mod standard;
pub mod suppliers;
