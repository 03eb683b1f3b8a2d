//! The reference meals of each edition, computed by hand, and the
//! invariants of the calculation over any meal.

mod reference_meals;
mod reference_meals_2;

use super::standard::Standard;

/// The checked-in first edition, built from the data files by `tools/standard-import`.
pub(crate) fn standard() -> Standard {
    serde_json::from_str(include_str!("../../../data/standard/edition-1.json")).expect("edition 1 parses")
}

/// The checked-in second edition.
pub(crate) fn standard_2() -> Standard {
    serde_json::from_str(include_str!("../../../data/standard/edition-2.json")).expect("edition 2 parses")
}
