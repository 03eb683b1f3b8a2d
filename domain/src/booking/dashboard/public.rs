//! The public summary: aggregates only, small cells withheld.

use super::city::*;
use crate::booking::District;
use crate::booking::waiting::WaitFigures;
use crate::stats::public::complement;
use crate::stats::{Cell, Period, publish, publish_share};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A month of the public summary.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicMonth {
    pub month: NaiveDate,
    pub assessed: Cell,
    pub share_within: Option<f64>,
    pub median_days: Option<f64>,
}

/// A district of the public summary.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicDistrict {
    pub district: Option<District>,
    pub registrations: Cell,
    pub referrals: Cell,
    pub places: usize,
    pub median_days: Option<f64>,
}

/// What the public may see: aggregate figures only, every count of one to
/// four children suppressed, and any share or wait resting on so few; a
/// month's count suppressed with another when the quarter's total would
/// give it (`stats::public`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityPublic {
    /// A calendar quarter that has ended (`stats::public_period`).
    pub period: Period,
    /// The quarters the public may choose from, newest first.
    pub quarters: Vec<Period>,
    pub target_days: i64,
    pub target_share: f64,
    pub assessed: Cell,
    pub share_within: Option<f64>,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
    pub months: Vec<PublicMonth>,
    pub places_offered: usize,
    pub places_taken: Cell,
    pub no_shows: Cell,
    pub districts: Vec<PublicDistrict>,
}

/// A wait figure resting on at least five children, else nothing.
fn wait_shown(f: &WaitFigures, v: Option<f64>) -> Option<f64> {
    (f.assessed >= crate::stats::MIN_CELL).then_some(v).flatten()
}

/// The public summary of a dashboard over one of the public `quarters`.
pub fn public_summary(d: &CityDashboard, quarters: Vec<Period>) -> CityPublic {
    let months = complement(&d.trend.iter().map(|(_, f)| f.assessed).collect::<Vec<_>>());
    CityPublic {
        period: d.filter.period,
        quarters,
        target_days: d.targets.days,
        target_share: d.targets.share,
        assessed: publish(d.period.assessed),
        share_within: publish_share(d.period.within, d.period.assessed),
        median_days: wait_shown(&d.period, d.period.median_days),
        p90_days: wait_shown(&d.period, d.period.p90_days),
        months: d
            .trend
            .iter()
            .zip(months)
            .map(|((m, f), assessed)| {
                // A month hidden with another hides its share and wait too.
                let shown = assessed != Cell::Suppressed;
                PublicMonth {
                    month: *m,
                    assessed,
                    share_within: publish_share(f.within, f.assessed).filter(|_| shown),
                    median_days: wait_shown(f, f.median_days).filter(|_| shown),
                }
            })
            .collect(),
        places_offered: d.capacity.offered,
        places_taken: publish(d.capacity.taken),
        no_shows: publish(d.capacity.no_shows),
        districts: d
            .need
            .iter()
            .map(|n| PublicDistrict {
                district: n.district,
                registrations: publish(n.registrations),
                referrals: publish(n.referrals),
                places: n.places,
                median_days: wait_shown(&n.waits, n.waits.median_days),
            })
            .collect(),
    }
}
