//! The county's slow-food restaurant criteria and their evaluation: the
//! measurable criteria are computed from the restaurant's own meals and
//! suppliers, the others are declared with evidence. Every bound is
//! inclusive: a restaurant exactly at a limit meets it.

use serde::{Deserialize, Serialize};

/// One edition of the criteria, as the county publishes them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    /// The menu's average footprint may be at most this, kg CO2e per meal.
    pub max_average_kg: f64,
    /// At least this share of the menu's food by mass is local (0 to 1).
    pub min_local_share: f64,
    /// At least this share comes from organic or eco-friendly farms (0 to 1).
    pub min_certified_share: f64,
    /// The menu changes with the seasons at least this often a year.
    pub min_seasonal_changes: u32,
    /// Food-waste measures, declared with evidence.
    pub waste_measures: bool,
    /// Reusable packaging offered, declared with evidence.
    pub reusable_packaging: bool,
}

/// What a restaurant's meals, suppliers and declarations show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    /// The average footprint of the meals on its menu (none on the menu: none).
    pub average_kg: Option<f64>,
    pub local_share: f64,
    pub certified_share: f64,
    pub seasonal_changes: u32,
    /// Declared with evidence the county has accepted.
    pub waste_measures: bool,
    pub reusable_packaging: bool,
}

crate::named::closed_set! {
    pub enum Criterion {
        AverageFootprint,
        LocalShare,
        CertifiedShare,
        SeasonalMenu,
        WasteMeasures,
        ReusablePackaging,
    }
}

/// One criterion's result: met or not, with the figure and the bound.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub criterion: Criterion,
    pub met: bool,
    pub value: f64,
    pub bound: f64,
}

/// Every criterion the edition sets, in a fixed order. A declared criterion
/// the county does not require is left out.
pub fn evaluate(c: &Criteria, m: &Measures) -> Vec<Outcome> {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut out = vec![
        Outcome {
            criterion: Criterion::AverageFootprint,
            // No meal on the menu: nothing shows the footprint is low.
            met: m.average_kg.is_some_and(|a| a.is_finite() && a <= c.max_average_kg),
            value: m.average_kg.unwrap_or(f64::NAN),
            bound: c.max_average_kg,
        },
        Outcome {
            criterion: Criterion::LocalShare,
            met: m.local_share >= c.min_local_share,
            value: m.local_share,
            bound: c.min_local_share,
        },
        Outcome {
            criterion: Criterion::CertifiedShare,
            met: m.certified_share >= c.min_certified_share,
            value: m.certified_share,
            bound: c.min_certified_share,
        },
        Outcome {
            criterion: Criterion::SeasonalMenu,
            met: m.seasonal_changes >= c.min_seasonal_changes,
            value: f64::from(m.seasonal_changes),
            bound: f64::from(c.min_seasonal_changes),
        },
    ];
    if c.waste_measures {
        out.push(Outcome {
            criterion: Criterion::WasteMeasures,
            met: m.waste_measures,
            value: flag(m.waste_measures),
            bound: 1.0,
        });
    }
    if c.reusable_packaging {
        out.push(Outcome {
            criterion: Criterion::ReusablePackaging,
            met: m.reusable_packaging,
            value: flag(m.reusable_packaging),
            bound: 1.0,
        });
    }
    out
}

/// Whether every criterion is met.
pub fn meets_all(outcomes: &[Outcome]) -> bool {
    outcomes.iter().all(|o| o.met)
}

#[cfg(test)]
mod tests;
