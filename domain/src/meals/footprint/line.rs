//! One ingredient line of a meal.

use super::masses::*;
use super::result::*;
use crate::meals::input::{ItemInput, MealError, MealInput};
use crate::meals::standard::{Ingredient, Leg, METHOD_1, NO_COOKING, Standard};

/// The kitchen's energy factors for one meal: electricity (kg CO2e per kWh,
/// the grid of the year served) and gas (kg CO2e per MJ).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Energy {
    pub kg_per_kwh: f64,
    pub kg_per_mj: f64,
}

impl Energy {
    pub fn of(std: &Standard, meal: &MealInput) -> Energy {
        Energy {
            kg_per_kwh: std.grid_for(meal.served_year).0,
            kg_per_mj: std.gas_kg_per_mj(meal.gas),
        }
    }
}

/// One ingredient line; `item` is its position (for the flags).
pub fn line(
    std: &Standard,
    item: usize,
    it: &ItemInput,
    waste_share: f64,
    energy: Energy,
) -> Result<(Line, Vec<Flag>), MealError> {
    let ing = std
        .ingredient(&it.ingredient_id)
        .ok_or_else(|| MealError::UnknownIngredient {
            item,
            id: it.ingredient_id.clone(),
        })?;
    let mut flags = Vec::new();
    if ing.proxy_note.is_some() {
        flags.push(Flag::ProxyFactor { item });
    }
    let origin = it.origin.unwrap_or_else(|| {
        if it.legs.is_none() {
            flags.push(Flag::OriginAssumed { item });
        }
        ing.default_origin
    });
    let legs: Vec<Leg> = match &it.legs {
        Some(l) => l.clone(),
        None => std.origin_legs(origin).to_vec(),
    };
    let cooking = match &it.cooking {
        Some(c) => c.clone(),
        None => {
            flags.push(Flag::CookingAssumed { item });
            ing.default_cooking.clone()
        }
    };
    let method = if cooking == NO_COOKING {
        None
    } else {
        Some(std.cooking_method(&cooking).ok_or_else(|| MealError::UnknownCooking {
            item,
            id: cooking.clone(),
        })?)
    };

    let masses = match std.method {
        METHOD_1 => masses_method_1(ing, method, it.grams, waste_share),
        _ => masses_method_2(ing, method, it, waste_share),
    };
    // What the cooking adds (frying oil, coating): method 2 only, each at
    // its own factor and carried along the same legs.
    let added: Vec<(&Ingredient, f64)> = match (std.method, method) {
        (METHOD_1, _) | (_, None) => Vec::new(),
        (_, Some(m)) => m
            .adds
            .iter()
            .filter_map(|a| {
                std.ingredient(&a.ingredient)
                    .map(|i| (i, a.kg_per_kg * masses.cooked_raw_kg))
            })
            .collect(),
    };
    let added_kg: f64 = added.iter().fold(0.0, |sum, (_, kg)| sum + kg);
    let per_tonne = |refrigerated: bool| -> f64 {
        legs.iter()
            .map(|l| l.km * std.transport_factor(l.mode, refrigerated))
            .sum()
    };
    let e_ing = masses.factor_kg * ing.stages.cradle_to_shop_without_transport()
        + added
            .iter()
            .map(|(i, kg)| kg * i.stages.cradle_to_shop_without_transport())
            .sum::<f64>();
    let e_tr = masses.purchased_kg / 1000.0 * per_tonne(ing.refrigerated)
        + added
            .iter()
            .map(|(i, kg)| kg / 1000.0 * per_tonne(i.refrigerated))
            .sum::<f64>();
    let e_cook = method
        .map(|m| masses.cooked_raw_kg * (m.kwh_per_kg * energy.kg_per_kwh + m.gas_mj_per_kg * energy.kg_per_mj))
        .unwrap_or(0.0);
    let purchased_kg = masses.purchased_kg + added_kg;

    let eaten = 1.0 - waste_share;
    let stages = StageTotals {
        ingredients: e_ing * eaten,
        transport: e_tr * eaten,
        cooking: e_cook * eaten,
        packaging: 0.0,
        waste: (e_ing + e_tr + e_cook) * waste_share,
    };
    let line = Line {
        ingredient_id: ing.id.clone(),
        name: ing.name.clone(),
        grams: it.grams,
        origin,
        legs,
        cooking,
        purchased_kg,
        added_kg,
        data_quality: ing.data_quality,
        kg_co2e: stages.total(),
        stages,
    };
    Ok((line, flags))
}
