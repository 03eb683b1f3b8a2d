//! The rating of a meal on the county's scale (default: Helsinki public
//! catering's One Planet Plate bands, green ≤ 0.5, yellow ≤ 1.0, red above).

pub use super::standard::{Band, RatingScale};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub band: Band,
    pub target_kg: f64,
    /// How far above the target the meal is (0 when at or below it).
    pub above_target_kg: f64,
    pub meets_target: bool,
}

/// The first band whose upper bound (inclusive) the total does not exceed.
pub fn rate(scale: &RatingScale, total_kg: f64) -> Rating {
    let band = scale
        .bands
        .iter()
        .find(|b| b.max_kg.is_none_or(|m| total_kg <= m))
        .or(scale.bands.last())
        .map(|b| b.band)
        .unwrap_or(Band::Red);
    let above = (total_kg - scale.target_kg).max(0.0);
    Rating {
        band,
        target_kg: scale.target_kg,
        above_target_kg: above,
        meets_target: above == 0.0,
    }
}

/// The nearest-rank percentile, shared with the dashboards.
pub use crate::stats::nearest_rank;

/// Rating bands set from a sample of typical meals (edition 2): green up to
/// the sample's lower third, yellow up to its upper third (nearest rank, to
/// two significant figures), red above. At least `MIN_SAMPLE` meals.
pub fn bands_from_sample(totals: &[f64]) -> Option<(f64, f64)> {
    if totals.len() < MIN_SAMPLE {
        return None;
    }
    let green = crate::stats::two_significant(nearest_rank(totals, 1.0 / 3.0)?);
    let yellow = crate::stats::two_significant(nearest_rank(totals, 2.0 / 3.0)?);
    (green < yellow).then_some((green, yellow))
}

/// The fewest meals a calibration sample may have.
pub const MIN_SAMPLE: usize = 30;

#[cfg(test)]
mod tests;
