//! The rating of a meal on the county's scale (default: Helsinki public
//! catering's One Planet Plate bands, green ≤ 0.5, yellow ≤ 1.0, red above).

use super::standard::RatingScale;
use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    pub enum Band {
        Green,
        Yellow,
        Red,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meals::standard::{RatingBand, Source};

    fn helsinki() -> RatingScale {
        RatingScale {
            bands: vec![
                RatingBand {
                    band: Band::Green,
                    max_kg: Some(0.5),
                },
                RatingBand {
                    band: Band::Yellow,
                    max_kg: Some(1.0),
                },
                RatingBand {
                    band: Band::Red,
                    max_kg: None,
                },
            ],
            target_kg: 0.5,
            source: Source {
                name: "Helsinki".into(),
                version: "".into(),
                reference: "".into(),
                licence: "".into(),
            },
        }
    }

    #[test]
    fn the_upper_bound_of_a_band_belongs_to_it() {
        assert_eq!(rate(&helsinki(), 0.5).band, Band::Green);
        assert_eq!(rate(&helsinki(), 0.5001).band, Band::Yellow);
        assert_eq!(rate(&helsinki(), 1.0).band, Band::Yellow);
        assert_eq!(rate(&helsinki(), 1.3).band, Band::Red);
    }

    #[test]
    fn the_distance_to_the_target_is_never_negative() {
        let r = rate(&helsinki(), 0.842);
        assert!((r.above_target_kg - 0.342).abs() < 1e-12);
        assert!(!r.meets_target);
        assert_eq!(rate(&helsinki(), 0.3).above_target_kg, 0.0);
    }
}
