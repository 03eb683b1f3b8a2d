use super::*;
use crate::meals::tests::standard;

#[test]
fn an_ingredient_is_replaced_by_id_or_added() {
    let s = standard();
    let mut pork = s.ingredient("pork-shoulder").expect("pork").clone();
    pork.stages.farming = 1.0;
    let next = s
        .with_change(StandardChange::Ingredient(Box::new(pork.clone())))
        .expect("valid");
    assert_eq!(next.ingredients.len(), s.ingredients.len());
    assert_eq!(next.ingredient("pork-shoulder").map(|i| i.stages.farming), Some(1.0));
    pork.id = "pork-local".into();
    let next = s
        .with_change(StandardChange::Ingredient(Box::new(pork)))
        .expect("valid");
    assert_eq!(next.ingredients.len(), s.ingredients.len() + 1);
}

#[test]
fn a_bad_id_a_blank_name_or_an_invalid_result_is_refused() {
    let s = standard();
    let pork = s.ingredient("pork-shoulder").expect("pork").clone();
    for bad_id in ["", "Pork", "pork shoulder", &"x".repeat(41)] {
        let mut i = pork.clone();
        i.id = bad_id.into();
        assert_eq!(
            s.with_change(StandardChange::Ingredient(Box::new(i))),
            Err(ChangeError::IdOrNames),
            "{bad_id:?}"
        );
    }
    let mut nameless = pork.clone();
    nameless.name.en = "  ".into();
    assert_eq!(
        s.with_change(StandardChange::Ingredient(Box::new(nameless))),
        Err(ChangeError::IdOrNames)
    );
    let mut negative = pork;
    negative.stages.farming = -1.0;
    assert!(matches!(
        s.with_change(StandardChange::Ingredient(Box::new(negative))),
        Err(ChangeError::Invalid(StandardError::BadFactor(_)))
    ));
    let falling = StandardChange::Rating {
        green_max: 2.0,
        yellow_max: 1.0,
        target_kg: 1.5,
    };
    assert!(matches!(s.with_change(falling), Err(ChangeError::Invalid(_))));
}

#[test]
fn the_grid_and_the_rating_are_set() {
    let s = standard();
    let next = s
        .with_change(StandardChange::Grid {
            kg_per_kwh: 0.474,
            year: 2025,
        })
        .expect("valid");
    assert_eq!((next.grid.kg_per_kwh, next.grid.year), (0.474, 2025));
    let next = s
        .with_change(StandardChange::Rating {
            green_max: 0.9,
            yellow_max: 1.6,
            target_kg: 1.0,
        })
        .expect("valid");
    assert_eq!(next.rating.bands[0].max_kg, Some(0.9));
    assert_eq!(next.rating.bands[1].max_kg, Some(1.6));
    assert_eq!(next.rating.target_kg, 1.0);
}

#[test]
fn a_published_grid_factor_joins_edition_2s_series() {
    let e2 = crate::meals::tests::standard_2();
    let next = e2
        .with_change(StandardChange::Grid {
            kg_per_kwh: 0.474,
            year: 2024,
        })
        .unwrap();
    assert_eq!(next.grid_for(Some(2026)), (0.474, Some(2024)));
    assert_eq!(next.grid_for(Some(2023)), (0.494, None));
    let again = next
        .with_change(StandardChange::Grid {
            kg_per_kwh: 0.48,
            year: 2024,
        })
        .unwrap();
    assert_eq!(again.grid_for(Some(2024)), (0.48, None));
    assert_eq!(again.grid_series.len(), next.grid_series.len());
}
