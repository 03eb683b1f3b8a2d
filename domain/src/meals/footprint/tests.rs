use super::*;

#[test]
fn the_spread_grows_with_a_worse_score_and_is_bounded() {
    assert!((spread(1.0) - 1.15).abs() < 1e-12);
    assert!((spread(5.0) - 1.75).abs() < 1e-12);
    assert_eq!(spread(0.0), spread(1.0));
    assert_eq!(spread(9.0), spread(5.0));
    let r = range_of([(1.0, 1.0), (2.0, 5.0)]);
    assert!((r.low - (1.0 / 1.15 + 2.0 / 1.75)).abs() < 1e-12);
    assert!((r.high - (1.15 + 3.5)).abs() < 1e-12);
    assert_eq!(weighted_quality([]), 0.0);
    assert!((weighted_quality([(1.0, 2.0), (3.0, 4.0)]) - 3.5).abs() < 1e-12);
}
