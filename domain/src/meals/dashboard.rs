//! The county's dashboard: every figure it shows, from plain rows of the
//! meals restaurants saved, so that the page, the CSV, the open-data
//! document and the public summary cannot disagree.
//!
//! - A meal counts in the month it was first saved, with the footprint it
//!   was saved with (on the edition of the standard of that day); meals of
//!   restaurants the county has not approved do not count.
//! - Shares of food by mass: local (from Taitung, by the supplier's place or
//!   the cook's origin) and certified (the supplier holds an organic or
//!   eco-friendly certificate valid today), as [`super::sourcing::shares`].
//! - The ingredients that contribute most: the sum of each ingredient's
//!   footprint over the meals, and its share of the county's total.

use super::certificate::{ApplicationStatus, CertificateState, Level};
use super::rating::Band;
use super::sourcing::{SourcedMass, SourcingShares, shares};
use super::township::Township;
use crate::Bilingual;
use crate::Named;
use crate::stats::{Period, mean, month_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One ingredient line of a saved meal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealLine {
    pub ingredient: String,
    pub kg_food: f64,
    pub kg_co2e: f64,
    pub local: bool,
    pub certified: bool,
}

/// A saved meal as the dashboard counts it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MealRow {
    pub restaurant: i64,
    pub township: Township,
    pub saved: NaiveDate,
    pub total_kg: f64,
    pub band: Band,
    pub lines: Vec<MealLine>,
}

/// What the administrator chose to look at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyFilter {
    pub period: Period,
    pub township: Option<Township>,
}

/// A month of the trend.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthFootprint {
    pub month: NaiveDate,
    pub meals: usize,
    pub average_kg: Option<f64>,
}

/// A restaurant's meals against the county's target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantFootprint {
    pub restaurant: i64,
    pub meals: usize,
    pub average_kg: f64,
    pub meets_target: bool,
}

/// An ingredient's part of the county's total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IngredientShare {
    pub ingredient: String,
    pub kg_co2e: f64,
    pub share: f64,
}

/// Certification as it stands today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificationCounts {
    pub basic: usize,
    pub advanced: usize,
    pub exemplary: usize,
    pub waiting: usize,
    pub changes_requested: usize,
    pub renewals_due: usize,
}

impl CertificationCounts {
    pub fn certified(&self) -> usize {
        self.basic + self.advanced + self.exemplary
    }
}

/// A certificate as the counts see it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateRow {
    pub level: Level,
    pub state: CertificateState,
    pub renewal_due: bool,
}

/// Counts of valid certificates by level, open applications and renewals due.
pub fn certification_counts(
    certificates: &[CertificateRow],
    applications: &[ApplicationStatus],
) -> CertificationCounts {
    let valid = || certificates.iter().filter(|c| c.state == CertificateState::Valid);
    let at = |l: Level| valid().filter(|c| c.level == l).count();
    CertificationCounts {
        basic: at(Level::Basic),
        advanced: at(Level::Advanced),
        exemplary: at(Level::Exemplary),
        waiting: applications
            .iter()
            .filter(|a| **a == ApplicationStatus::Submitted)
            .count(),
        changes_requested: applications
            .iter()
            .filter(|a| **a == ApplicationStatus::ChangesRequested)
            .count(),
        renewals_due: valid().filter(|c| c.renewal_due).count(),
    }
}

/// The dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyDashboard {
    pub filter: CountyFilter,
    pub target_kg: f64,
    pub meals: usize,
    pub restaurants: usize,
    pub average_kg: Option<f64>,
    pub trend: Vec<MonthFootprint>,
    /// Every band of the scale, in order, with its count.
    pub bands: Vec<(Band, usize)>,
    /// Highest average first.
    pub by_restaurant: Vec<RestaurantFootprint>,
    pub shares: SourcingShares,
    pub total_kg_co2e: f64,
    /// The largest contributors first.
    pub top_ingredients: Vec<IngredientShare>,
}

/// How many ingredients the dashboard lists.
pub const TOP_INGREDIENTS: usize = 10;

/// Every figure of the dashboard for `filter`, against the county's
/// `target_kg` per meal.
pub fn county_dashboard(meals: &[MealRow], filter: &CountyFilter, target_kg: f64) -> CountyDashboard {
    let p = filter.period;
    let chosen: Vec<&MealRow> = meals
        .iter()
        .filter(|m| p.contains(m.saved) && filter.township.is_none_or(|t| t == m.township))
        .filter(|m| m.total_kg.is_finite())
        .collect();
    let totals: Vec<f64> = chosen.iter().map(|m| m.total_kg).collect();

    let mut months: BTreeMap<NaiveDate, Vec<f64>> = p.month_starts().into_iter().map(|m| (m, Vec::new())).collect();
    let mut by_restaurant: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    let mut by_ingredient: HashMap<&str, f64> = HashMap::new();
    let mut masses = Vec::new();
    for m in &chosen {
        months.entry(month_of(m.saved)).or_default().push(m.total_kg);
        by_restaurant.entry(m.restaurant).or_default().push(m.total_kg);
        for l in &m.lines {
            if l.kg_co2e.is_finite() {
                *by_ingredient.entry(l.ingredient.as_str()).or_default() += l.kg_co2e;
            }
            masses.push(SourcedMass {
                kg: l.kg_food,
                local: l.local,
                certified: l.certified,
            });
        }
    }
    let total: f64 = by_ingredient.values().copied().fold(0.0, |a, b| a + b);
    let mut top: Vec<IngredientShare> = by_ingredient
        .into_iter()
        .map(|(i, kg)| IngredientShare {
            ingredient: i.to_string(),
            kg_co2e: kg,
            share: if total > 0.0 { kg / total } else { 0.0 },
        })
        .collect();
    top.sort_by(|a, b| b.kg_co2e.total_cmp(&a.kg_co2e).then(a.ingredient.cmp(&b.ingredient)));
    top.truncate(TOP_INGREDIENTS);

    let mut restaurants: Vec<RestaurantFootprint> = by_restaurant
        .into_iter()
        .filter_map(|(r, v)| {
            let average_kg = mean(&v)?;
            Some(RestaurantFootprint {
                restaurant: r,
                meals: v.len(),
                average_kg,
                meets_target: average_kg <= target_kg,
            })
        })
        .collect();
    restaurants.sort_by(|a, b| {
        b.average_kg
            .total_cmp(&a.average_kg)
            .then(a.restaurant.cmp(&b.restaurant))
    });

    CountyDashboard {
        filter: *filter,
        target_kg,
        meals: chosen.len(),
        restaurants: restaurants.len(),
        average_kg: mean(&totals),
        trend: months
            .into_iter()
            .map(|(month, v)| MonthFootprint {
                month,
                meals: v.len(),
                average_kg: mean(&v),
            })
            .collect(),
        bands: Band::all()
            .map(|b| (b, chosen.iter().filter(|m| m.band == b).count()))
            .collect(),
        by_restaurant: restaurants,
        shares: shares(&masses),
        total_kg_co2e: total,
        top_ingredients: top,
    }
}

/// What the public may see: figures of meals and restaurants only (no
/// person is described, so nothing is suppressed), restaurants by name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyPublic {
    pub period: Period,
    pub target_kg: f64,
    pub meals: usize,
    pub restaurants: usize,
    pub average_kg: Option<f64>,
    pub trend: Vec<MonthFootprint>,
    pub bands: Vec<(Band, usize)>,
    pub shares: SourcingShares,
    pub top_ingredients: Vec<IngredientShare>,
    pub restaurants_meeting_target: usize,
    pub certified: CertificationCounts,
}

/// The public summary: the dashboard without the per-restaurant list and
/// without the certification queue.
pub fn public_summary(d: &CountyDashboard, c: &CertificationCounts) -> CountyPublic {
    CountyPublic {
        period: d.filter.period,
        target_kg: d.target_kg,
        meals: d.meals,
        restaurants: d.restaurants,
        average_kg: d.average_kg,
        trend: d.trend.clone(),
        bands: d.bands.clone(),
        shares: d.shares,
        top_ingredients: d.top_ingredients.clone(),
        restaurants_meeting_target: d.by_restaurant.iter().filter(|r| r.meets_target).count(),
        certified: CertificationCounts {
            waiting: 0,
            changes_requested: 0,
            renewals_due: 0,
            ..*c
        },
    }
}

/// An ingredient's name for the tables (its id when the standard no longer has it).
pub fn ingredient_name(standard: &super::Standard, id: &str) -> Bilingual {
    standard
        .ingredient(id)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| Bilingual::new(id, id))
}

#[cfg(test)]
mod tests {
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
                Township::Luye
            } else {
                Township::TaitungCity
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
                township: Some(Township::Luye),
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
}
