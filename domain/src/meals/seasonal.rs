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
    /// In a Taitung township.
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
mod tests {
    use super::*;

    fn candidate(supplier: i64, id: &str, season: Season) -> Candidate {
        Candidate {
            supplier,
            ingredient_id: id.into(),
            local: true,
            certified: true,
            season,
            road_km: 30.0,
            listed: true,
        }
    }

    fn meal(items: Vec<ItemInput>) -> MealInput {
        MealInput {
            items,
            ..Default::default()
        }
    }

    #[test]
    fn an_imported_ingredient_gets_a_local_certified_in_season_supplier() {
        let std = super::super::reference_meals::standard();
        let mut pumpkin = ItemInput::new("pumpkin", 150.0);
        pumpkin.origin = Some(Origin::Imported);
        let m = meal(vec![ItemInput::new("rice-white", 200.0), pumpkin]);
        let summer = Season::months(3, 8).unwrap();
        let winter = Season::months(11, 1).unwrap();
        let mut uncertified = candidate(8, "pumpkin", summer);
        uncertified.certified = false;
        let mut far = candidate(9, "pumpkin", summer);
        far.local = false;
        let cands = [
            candidate(7, "pumpkin", summer),
            candidate(6, "pumpkin", winter),
            uncertified,
            far,
            candidate(5, "cabbage", summer),
        ];
        let swaps = local_swaps(&std, &m, &cands, 6);
        assert_eq!(swaps.len(), 1);
        let s = &swaps[0];
        assert_eq!((s.item, s.supplier), (1, 7));
        assert!(s.saving_kg > 0.0);
        assert_eq!(s.input.origin, Some(Origin::TaitungLocal));
        assert_eq!(s.input.legs.as_ref().map(|l| l[0].km), Some(30.0));
        // The saving is the difference of the two meals' totals.
        let mut changed = m.clone();
        changed.items[1] = s.input.clone();
        let before = super::super::compute(&std, &m).unwrap().total_kg_co2e;
        let after = super::super::compute(&std, &changed).unwrap().total_kg_co2e;
        assert!((before - after - s.saving_kg).abs() < 1e-12);
        // In December only the winter supplier is in season, and the
        // summer one is not proposed.
        let swaps = local_swaps(&std, &m, &cands, 12);
        assert!(swaps.iter().all(|s| s.supplier == 6));
    }

    #[test]
    fn an_out_of_season_supplier_gets_an_in_season_one_and_a_good_choice_none() {
        let std = super::super::reference_meals::standard();
        let mut cabbage = ItemInput::new("cabbage", 120.0);
        cabbage.supplier = Some(3);
        cabbage.origin = Some(Origin::OtherTaiwan);
        let m = meal(vec![cabbage]);
        let mut out_now = candidate(3, "cabbage", Season::months(11, 4).unwrap());
        out_now.certified = false;
        let in_now = candidate(4, "cabbage", Season::months(5, 10).unwrap());
        let swaps = local_swaps(&std, &m, &[out_now.clone(), in_now.clone()], 7);
        assert_eq!(swaps.iter().map(|s| s.supplier).collect::<Vec<_>>(), vec![4]);
        // In season with its own supplier: nothing to propose.
        assert!(local_swaps(&std, &m, &[out_now, in_now], 12).is_empty());
        // A local ingredient bought without a supplier is left alone.
        let plain = meal(vec![ItemInput::new("cabbage", 120.0)]);
        assert!(local_swaps(&std, &plain, &[candidate(4, "cabbage", Season::ALL_YEAR)], 7).is_empty());
    }
}
