//! Low-carbon meals (a county's service): the emission-factor standard, the
//! footprint of a meal from farm to table, its rating and lower-carbon swaps.
//!
//! The method, with every formula and the source of every default, is written
//! down in `docs/carbon-method.md`; the code below follows it line by line.

pub mod certificate;
pub mod certification;
pub mod dashboard;
pub mod footprint;
pub mod input;
pub mod listing;
pub mod locality;
pub mod rating;
pub mod seasonal;
pub mod sourcing;
pub mod standard;
pub mod supplier;
pub mod swap;
pub mod township;

pub use footprint::{Flag, Footprint, Line, StageTotals, compute};
pub use input::{ItemInput, MealError, MealInput, MealKind, MenuChange, PackagingUse};
pub use rating::{Band, Rating};
pub use standard::{Category, Ingredient, Origin, Standard, TransportMode, Variant};
pub use township::Township;

#[cfg(test)]
mod tests;
