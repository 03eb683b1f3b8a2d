use super::*;
use proptest::prelude::*;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn line(i: &str, kg_food: f64, kg_co2e: f64, local: bool, certified: bool) -> MealLine {
    MealLine {
        ingredient: i.into(),
        kg_food,
        kg_co2e,
        local,
        certified,
    }
}

fn meal(restaurant: i64, saved: NaiveDate, total_kg: f64, band: Band, lines: Vec<MealLine>) -> MealRow {
    MealRow {
        restaurant,
        township: if restaurant == 1 {
            Township::of("Luye")
        } else {
            Township::of("TaitungCity")
        },
        saved,
        total_kg,
        band,
        lines,
    }
}

fn filter(a: u32, b: u32) -> CountyFilter {
    CountyFilter {
        period: Period::months(day(a, 1), day(b, 1)).unwrap(),
        township: None,
    }
}

#[test]
fn averages_bands_restaurants_shares_and_contributors() {
    let meals = [
        meal(1, day(1, 5), 0.4, Band::Green, vec![line("rice", 0.2, 0.1, true, true)]),
        meal(
            1,
            day(1, 20),
            0.8,
            Band::Yellow,
            vec![
                line("rice", 0.2, 0.1, true, false),
                line("pork", 0.1, 0.6, false, false),
            ],
        ),
        meal(2, day(3, 2), 2.1, Band::Red, vec![line("pork", 0.2, 1.2, false, false)]),
        meal(2, day(5, 2), 9.0, Band::Red, vec![]), // outside the period
    ];
    let d = county_dashboard(&meals, &filter(1, 3), 1.0);
    assert_eq!((d.meals, d.restaurants), (3, 2));
    assert!((d.average_kg.unwrap() - 1.1).abs() < 1e-12);
    assert_eq!(
        d.trend.iter().map(|m| (m.meals, m.average_kg)).collect::<Vec<_>>(),
        vec![(2, Some(0.6000000000000001)), (0, None), (1, Some(2.1))]
    );
    assert_eq!(d.bands, vec![(Band::Green, 1), (Band::Yellow, 1), (Band::Red, 1)]);
    assert_eq!(
        d.by_restaurant
            .iter()
            .map(|r| (r.restaurant, r.meets_target))
            .collect::<Vec<_>>(),
        vec![(2, false), (1, true)]
    );
    assert!((d.shares.local - 0.4 / 0.7).abs() < 1e-12);
    assert!((d.shares.certified - 0.2 / 0.7).abs() < 1e-12);
    assert_eq!(d.top_ingredients[0].ingredient, "pork");
    assert!((d.top_ingredients[0].share - 1.8 / 2.0).abs() < 1e-12);
    assert!((d.total_kg_co2e - 2.0).abs() < 1e-12);

    let luye = county_dashboard(
        &meals,
        &CountyFilter {
            township: Some(Township::of("Luye")),
            ..filter(1, 3)
        },
        1.0,
    );
    assert_eq!((luye.meals, luye.restaurants), (2, 1));
    let none = county_dashboard(&[], &filter(1, 1), 1.0);
    assert_eq!(
        (none.meals, none.average_kg, none.shares),
        (0, None, SourcingShares::default())
    );
    assert_eq!(none.bands.len(), 3, "every band is listed, even empty");
}

#[test]
fn certification_counts_valid_certificates_only() {
    let c = |level, state, renewal_due| CertificateRow {
        level,
        state,
        renewal_due,
    };
    let counts = certification_counts(
        &[
            c(Level::Basic, CertificateState::Valid, false),
            c(Level::Exemplary, CertificateState::Valid, true),
            c(Level::Exemplary, CertificateState::Revoked, true),
            c(Level::Advanced, CertificateState::Expired, false),
            c(Level::Advanced, CertificateState::Replaced, false),
        ],
        &[
            ApplicationStatus::Submitted,
            ApplicationStatus::ChangesRequested,
            ApplicationStatus::Approved,
            ApplicationStatus::Rejected,
        ],
    );
    assert_eq!(
        (counts.basic, counts.advanced, counts.exemplary, counts.certified()),
        (1, 0, 1, 2)
    );
    assert_eq!(
        (counts.waiting, counts.changes_requested, counts.renewals_due),
        (1, 1, 1)
    );
    let public = public_summary(&county_dashboard(&[], &filter(1, 1), 1.0), &counts);
    assert_eq!((public.certified.certified(), public.certified.waiting), (2, 0));
}

proptest! {
    #[test]
    fn months_and_restaurants_add_up(rows in proptest::collection::vec((1i64..5, 1u32..13, 0.05f64..5.0), 0..60)) {
        let meals: Vec<MealRow> = rows
            .iter()
            .map(|(r, m, kg)| meal(*r, day(*m, 3), *kg, Band::Yellow, vec![line("x", 0.1, *kg, *r == 1, false)]))
            .collect();
        let d = county_dashboard(&meals, &filter(1, 12), 1.0);
        prop_assert_eq!(d.trend.iter().map(|m| m.meals).sum::<usize>(), d.meals);
        prop_assert_eq!(d.by_restaurant.iter().map(|r| r.meals).sum::<usize>(), d.meals);
        prop_assert_eq!(d.bands.iter().map(|(_, n)| n).sum::<usize>(), d.meals);
        prop_assert!(d.top_ingredients.iter().map(|i| i.share).sum::<f64>() <= 1.0 + 1e-9);
        prop_assert!((0.0..=1.0).contains(&d.shares.local));
        if let Some(avg) = d.average_kg {
            let weighted: f64 = d.trend.iter().filter_map(|m| m.average_kg.map(|a| a * m.meals as f64)).sum();
            prop_assert!((weighted / d.meals as f64 - avg).abs() < 1e-9);
        }
    }
}
