//! The governments an installation serves, as data: each one's names,
//! contact, areas (districts or townships) and service terms come from its
//! profile (`data/profiles/<name>/government.toml` and `areas.csv`), never
//! from code. A new government is a new profile.

mod areas;
mod check;
mod government;
mod places;
pub use areas::{AreaError, parse_areas};
pub use check::{Problem, Where, check};
pub use government::*;

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) use tests::county;
