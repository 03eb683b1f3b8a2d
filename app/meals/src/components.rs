//! Pieces shared by the meal pages: labels, and the footprint's display.

mod footprint_view;
pub mod sourcing;

pub use crate::labels::{
    band_label, basis_label, category_label, certification_level_label, gas_label, mode_label, origin_label,
    variant_label,
};
pub use footprint_view::{Bars, FootprintSummary, band_class};

use domain::meals::standard::{Basis, FoodPart, FoodState};

/// Every basis, in the order lists show them.
pub const BASES: [Basis; 4] = [
    Basis {
        state: FoodState::Raw,
        part: FoodPart::AsBought,
    },
    Basis {
        state: FoodState::Raw,
        part: FoodPart::Edible,
    },
    Basis {
        state: FoodState::Cooked,
        part: FoodPart::Edible,
    },
    Basis {
        state: FoodState::Cooked,
        part: FoodPart::AsBought,
    },
];

/// A basis as a form value, `raw:as_bought`, and back.
pub fn basis_value(b: Basis) -> String {
    use domain::Named;
    format!("{}:{}", b.state.as_str(), b.part.as_str())
}

pub fn basis_from(value: &str) -> Option<Basis> {
    use domain::Named;
    let (state, part) = value.split_once(':')?;
    Some(Basis {
        state: FoodState::parse(state)?,
        part: FoodPart::parse(part)?,
    })
}
