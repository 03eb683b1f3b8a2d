//! The county's dashboard: every figure it shows, from plain rows of the
//! meals restaurants saved, so that the page, the CSV, the open-data
//! document and the public summary cannot disagree.
//!
//! - A meal counts in the month it was first saved, with the footprint it
//!   was saved with (on the edition of the standard of that day); meals of
//!   restaurants the county has not approved do not count.
//! - Shares of food by mass: local (from the county, by the supplier's place or
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
mod tests;
