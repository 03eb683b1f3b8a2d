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

#[test]
fn the_nearest_rank_is_a_value_of_the_sample() {
    let v = [5.0, 1.0, 4.0, 2.0, 3.0];
    assert_eq!(nearest_rank(&v, 0.2), Some(1.0));
    assert_eq!(nearest_rank(&v, 0.21), Some(2.0));
    assert_eq!(nearest_rank(&v, 0.5), Some(3.0));
    assert_eq!(nearest_rank(&v, 1.0), Some(5.0));
    assert_eq!(nearest_rank(&v, 0.0), None);
    assert_eq!(nearest_rank(&[], 0.5), None);
    assert_eq!(nearest_rank(&[1.0, f64::NAN], 0.5), None);
}

#[test]
fn bands_need_thirty_meals_and_split_them_in_thirds() {
    let few: Vec<f64> = (1..30).map(f64::from).collect();
    assert_eq!(bands_from_sample(&few), None);
    // 0.1, 0.2, ..., 3.0: the 10th value is 1.0 and the 20th 2.0.
    let thirty: Vec<f64> = (1..=30).map(|i| f64::from(i) / 10.0).collect();
    assert_eq!(bands_from_sample(&thirty), Some((1.0, 2.0)));
    // All alike: no band boundary can be drawn.
    assert_eq!(bands_from_sample(&[0.8; 30]), None);
}
