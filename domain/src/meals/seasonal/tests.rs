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
    let std = crate::meals::tests::standard();
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
    let std = crate::meals::tests::standard();
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
