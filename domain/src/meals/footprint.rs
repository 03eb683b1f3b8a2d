//! The footprint of a meal from farm to table, by stage and by ingredient.
//! Formulas: `docs/carbon-method.md` §2. In short, for each ingredient
//!
//! ```text
//! prepared  = served / (1 - waste share)
//! raw       = prepared / cooked yield          (only when the method changes mass)
//! purchased = raw / edible fraction
//! ingredients = purchased x (farming + processing + packaging + retail)
//! transport   = purchased / 1000 x sum(km x factor of the leg's mode)
//! cooking     = raw x (kWh x grid factor + MJ x gas factor)
//! ```
//! The eaten share (1 - waste share) of those three is reported in their own
//! stages and the wasted share in the `waste` stage; packaging is per meal.

mod compute;
mod line;
mod masses;
mod quality;
mod result;

pub use compute::*;
pub use line::*;
pub use masses::*;
pub use quality::*;
pub use result::*;

#[cfg(test)]
mod tests;
