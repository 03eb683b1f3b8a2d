//! Local, in-season, certified alternatives: when a cook picks an imported
//! ingredient, or buys it from a supplier out of its season, the builder
//! proposes a local supplier with a valid farming certificate that has it in
//! season this month, with what the meal saves by it.

use super::input::{ItemInput, MealInput};
use super::sourcing::leg_over;
use super::standard::{Origin, Standard};
use super::supplier::Season;
use serde::{Deserialize, Serialize};

/// A supplier's product the builder may propose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub supplier: i64,
    /// The standard's ingredient the product is.
    pub ingredient_id: String,
    /// In a township of the county.
    pub local: bool,
    /// Its farming certificate counts today.
    pub certified: bool,
    pub season: Season,
    /// Road distance to the kitchen.
    pub road_km: f64,
    /// On the restaurant's list already (otherwise in the county's directory).
    pub listed: bool,
}

/// A proposal: buy item `item` from `supplier` instead, saving `saving_kg`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalSwap {
    pub item: usize,
    pub supplier: i64,
    pub listed: bool,
    pub saving_kg: f64,
    /// The item as it would be: the supplier named, local, its road leg.
    pub input: ItemInput,
}

/// Whether the item asks for a local alternative in `month`: imported, or
/// bought from a supplier whose season for it does not include the month.
fn wants_local(it: &ItemInput, candidates: &[Candidate], month: u32) -> bool {
    let imported = matches!(it.origin, Some(Origin::Imported | Origin::ImportedByAir));
    let out_of_season = it.supplier.is_some_and(|s| {
        candidates
            .iter()
            .any(|c| c.supplier == s && c.ingredient_id == it.ingredient_id && !c.season.contains(month))
    });
    imported || out_of_season
}

/// The best local, certified, in-season alternative for each item that
/// wants one, when it lowers the meal's footprint (largest saving first).
pub fn local_swaps(std: &Standard, meal: &MealInput, candidates: &[Candidate], month: u32) -> Vec<LocalSwap> {
    let Ok(base) = super::compute(std, meal) else {
        return Vec::new();
    };
    let mut out: Vec<LocalSwap> = meal
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| wants_local(it, candidates, month))
        .filter_map(|(i, it)| {
            candidates
                .iter()
                .filter(|c| {
                    c.ingredient_id == it.ingredient_id
                        && c.local
                        && c.certified
                        && c.season.contains(month)
                        && Some(c.supplier) != it.supplier
                })
                .filter_map(|c| {
                    let input = ItemInput {
                        supplier: Some(c.supplier),
                        origin: Some(Origin::TaitungLocal),
                        legs: Some(vec![leg_over(c.road_km)]),
                        ..it.clone()
                    };
                    let mut changed = meal.clone();
                    changed.items[i] = input.clone();
                    let after = super::compute(std, &changed).ok()?;
                    let saving_kg = base.total_kg_co2e - after.total_kg_co2e;
                    (saving_kg > 1e-9).then_some(LocalSwap {
                        item: i,
                        supplier: c.supplier,
                        listed: c.listed,
                        saving_kg,
                        input,
                    })
                })
                // A supplier already on the list first, then the larger saving.
                .max_by(|a, b| a.listed.cmp(&b.listed).then(a.saving_kg.total_cmp(&b.saving_kg)))
        })
        .collect();
    out.sort_by(|a, b| b.saving_kg.total_cmp(&a.saving_kg));
    out
}

#[cfg(test)]
mod tests;
