//! Lower-carbon swaps: for each ingredient of a meal, the ingredient of the
//! same category that would save the most for the same edible food served, origin and cooking.

use super::footprint::{Energy, Footprint, line};
use super::input::{ItemInput, MealInput};
use super::standard::{Basis, FoodPart, Standard};
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Swap {
    pub item: usize,
    pub from_id: String,
    pub to_id: String,
    pub to_name: Bilingual,
    /// kg CO2e saved by the swap (always above zero).
    pub saving_kg: f64,
}

/// At most `limit` swaps, largest saving first, one per ingredient line.
pub fn suggest(std: &Standard, meal: &MealInput, result: &Footprint, limit: usize) -> Vec<Swap> {
    let mut swaps: Vec<Swap> = Vec::new();
    for (i, (it, current)) in meal.items.iter().zip(&result.lines).enumerate() {
        let Some(ing) = std.ingredient(&it.ingredient_id) else {
            continue;
        };
        let best = std
            .ingredients
            .iter()
            .filter(|c| c.category == ing.category && c.id != ing.id)
            .filter_map(|c| {
                // Like with like: the same edible food served, in the state the cook weighed it.
                let (grams, weighed) = match it.weighed {
                    Some(b) if b.part == FoodPart::AsBought => (
                        it.grams * ing.edible_fraction,
                        Some(Basis {
                            part: FoodPart::Edible,
                            ..b
                        }),
                    ),
                    other => (it.grams, other),
                };
                let candidate = ItemInput {
                    ingredient_id: c.id.clone(),
                    grams,
                    weighed,
                    origin: Some(current.origin),
                    legs: it.legs.clone(),
                    cooking: Some(current.cooking.clone()),
                    supplier: None,
                };
                let (l, _) = line(std, i, &candidate, result.waste_share, Energy::of(std, meal)).ok()?;
                let saving = current.kg_co2e - l.kg_co2e;
                (saving > 1e-9).then_some((c, saving))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((c, saving)) = best {
            swaps.push(Swap {
                item: i,
                from_id: ing.id.clone(),
                to_id: c.id.clone(),
                to_name: c.name.clone(),
                saving_kg: saving,
            });
        }
    }
    swaps.sort_by(|a, b| b.saving_kg.total_cmp(&a.saving_kg));
    swaps.truncate(limit);
    swaps
}
