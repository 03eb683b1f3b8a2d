use super::*;
use crate::Named;

fn criteria() -> Criteria {
    Criteria {
        max_average_kg: 1.2,
        min_local_share: 0.4,
        min_certified_share: 0.2,
        min_seasonal_changes: 4,
        waste_measures: true,
        reusable_packaging: false,
    }
}

fn at_every_bound() -> Measures {
    Measures {
        average_kg: Some(1.2),
        local_share: 0.4,
        certified_share: 0.2,
        seasonal_changes: 4,
        waste_measures: true,
        reusable_packaging: false,
    }
}

fn met(m: &Measures, c: Criterion) -> bool {
    evaluate(&criteria(), m)
        .into_iter()
        .find(|o| o.criterion == c)
        .is_some_and(|o| o.met)
}

#[test]
fn a_restaurant_exactly_at_every_bound_meets_them_all() {
    let o = evaluate(&criteria(), &at_every_bound());
    assert!(meets_all(&o));
    // Reusable packaging is not required by these criteria: not listed.
    assert!(!o.iter().any(|o| o.criterion == Criterion::ReusablePackaging));
}

#[test]
fn each_criterion_fails_just_past_its_bound() {
    type Change = fn(&mut Measures);
    let cases: [(Criterion, Change); 5] = [
        (Criterion::AverageFootprint, |m| m.average_kg = Some(1.2 + 1e-9)),
        (Criterion::LocalShare, |m| m.local_share = 0.4 - 1e-9),
        (Criterion::CertifiedShare, |m| m.certified_share = 0.2 - 1e-9),
        (Criterion::SeasonalMenu, |m| m.seasonal_changes = 3),
        (Criterion::WasteMeasures, |m| m.waste_measures = false),
    ];
    for (criterion, change) in cases {
        let mut m = at_every_bound();
        change(&mut m);
        assert!(!met(&m, criterion), "{criterion:?}");
        assert!(!meets_all(&evaluate(&criteria(), &m)), "{criterion:?}");
        // The others still hold.
        for other in Criterion::all().filter(|c| *c != criterion && *c != Criterion::ReusablePackaging) {
            assert!(met(&m, other), "{criterion:?} broke {other:?}");
        }
    }
}

#[test]
fn a_menu_with_no_meal_does_not_meet_the_footprint_criterion() {
    let mut m = at_every_bound();
    m.average_kg = None;
    assert!(!met(&m, Criterion::AverageFootprint));
    m.average_kg = Some(f64::NAN);
    assert!(!met(&m, Criterion::AverageFootprint));
}
