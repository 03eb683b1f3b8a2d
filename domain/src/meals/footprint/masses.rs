//! From the mass a cook typed to the masses the factors apply to, by edition.

use crate::meals::input::ItemInput;
use crate::meals::standard::{Basis, CookingMethod, FoodPart, FoodState, Ingredient};

/// The masses of one line the stages are computed from.
pub(crate) struct Masses {
    /// Mass the ingredient factor applies to (on the factor's basis).
    pub(crate) factor_kg: f64,
    /// Mass bought and carried, with the inedible part.
    pub(crate) purchased_kg: f64,
    /// Raw mass put in the pot or pan (cooking energy is per kg of it).
    pub(crate) cooked_raw_kg: f64,
}

/// Edition 1: `grams` is cooked and edible; raw only through a method that
/// changes mass; every factor per kg as purchased.
pub(crate) fn masses_method_1(
    ing: &Ingredient,
    method: Option<&CookingMethod>,
    grams: f64,
    waste_share: f64,
) -> Masses {
    let prepared_kg = grams / 1000.0 / (1.0 - waste_share);
    let yield_ = match method {
        Some(m) if m.changes_mass => ing.cooked_yield,
        _ => 1.0,
    };
    let raw_kg = prepared_kg / yield_;
    let purchased_kg = raw_kg / ing.edible_fraction;
    Masses {
        factor_kg: purchased_kg,
        purchased_kg,
        cooked_raw_kg: raw_kg,
    }
}

/// What the cook weighed when the meal does not say: as served, that is the
/// edible part, cooked when the ingredient is cooked at all.
pub fn served_basis(cooked: bool) -> Basis {
    Basis {
        state: if cooked { FoodState::Cooked } else { FoodState::Raw },
        part: FoodPart::Edible,
    }
}

/// Edition 2: from what the cook weighed to the raw edible mass, then to the
/// factor's own basis; the edible fraction only where a mass is as bought.
pub(crate) fn masses_method_2(
    ing: &Ingredient,
    method: Option<&CookingMethod>,
    it: &ItemInput,
    waste_share: f64,
) -> Masses {
    let weighed = it.weighed.unwrap_or(served_basis(method.is_some()));
    let prepared_kg = it.grams / 1000.0 / (1.0 - waste_share);
    let as_raw = match weighed.state {
        FoodState::Raw => 1.0,
        FoodState::Cooked => 1.0 / ing.cooked_yield,
    };
    let edible_share = match weighed.part {
        FoodPart::Edible => 1.0,
        FoodPart::AsBought => ing.edible_fraction,
    };
    let raw_edible_kg = prepared_kg * as_raw * edible_share;
    let purchased_kg = raw_edible_kg / ing.edible_fraction;
    let on_part = match ing.basis.part {
        FoodPart::Edible => raw_edible_kg,
        FoodPart::AsBought => purchased_kg,
    };
    let factor_kg = match ing.basis.state {
        FoodState::Raw => on_part,
        FoodState::Cooked => on_part * ing.cooked_yield,
    };
    Masses {
        factor_kg,
        purchased_kg,
        cooked_raw_kg: raw_edible_kg,
    }
}
