//! Small statistics the dashboards and the rating share: percentiles by the
//! nearest-rank rule, shares, and the suppression of small cells in what is
//! published.

use serde::{Deserialize, Serialize};

/// The `p`-th percentile (0 < p ≤ 1) of `values` by the nearest-rank rule:
/// the smallest value with at least a share `p` of the values at or below
/// it. `None` for no values, a value that is not finite, or a `p` outside (0, 1].
pub fn nearest_rank(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() || !(p > 0.0 && p <= 1.0) || values.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len()) - 1).copied()
}

/// `part` of `whole` (0 to 1); `None` when there is nothing to share.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part.min(whole) as f64 / whole as f64)
}

/// The fewest children a published cell may describe (cells describing 1 to
/// 4 are suppressed; 0 is shown, since it identifies nobody).
pub const MIN_CELL: usize = 5;

/// A published count: shown, or suppressed because it describes too few.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cell", content = "n", rename_all = "snake_case")]
pub enum Cell {
    Shown(usize),
    Suppressed,
}

/// The count as it may be published.
pub fn publish(n: usize) -> Cell {
    if n == 0 || n >= MIN_CELL {
        Cell::Shown(n)
    } else {
        Cell::Suppressed
    }
}

/// A share as it may be published: suppressed when its whole, or its part
/// or the rest, describes 1 to 4 children (either would let a reader work
/// out a small group).
pub fn publish_share(part: usize, whole: usize) -> Option<f64> {
    let part = part.min(whole);
    let small = |n: usize| n > 0 && n < MIN_CELL;
    if whole == 0 || small(whole) || small(part) || small(whole - part) {
        return None;
    }
    share(part, whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nearest_rank_on_a_known_list() {
        let v = [15.0, 20.0, 35.0, 40.0, 50.0];
        assert_eq!(nearest_rank(&v, 0.05), Some(15.0));
        assert_eq!(nearest_rank(&v, 0.3), Some(20.0));
        assert_eq!(nearest_rank(&v, 0.4), Some(20.0));
        assert_eq!(nearest_rank(&v, 0.5), Some(35.0));
        assert_eq!(nearest_rank(&v, 0.9), Some(50.0));
        assert_eq!(nearest_rank(&v, 1.0), Some(50.0));
        assert_eq!(nearest_rank(&[], 0.5), None);
        assert_eq!(nearest_rank(&v, 0.0), None);
        assert_eq!(nearest_rank(&[1.0, f64::NAN], 0.5), None);
    }

    #[test]
    fn small_cells_are_suppressed_at_their_edges() {
        assert_eq!(publish(0), Cell::Shown(0));
        assert_eq!(publish(1), Cell::Suppressed);
        assert_eq!(publish(4), Cell::Suppressed);
        assert_eq!(publish(5), Cell::Shown(5));
        assert_eq!(publish_share(5, 10), Some(0.5));
        assert_eq!(publish_share(4, 10), None, "the part is small");
        assert_eq!(publish_share(6, 10), None, "the rest is small");
        assert_eq!(publish_share(0, 10), Some(0.0));
        assert_eq!(publish_share(10, 10), Some(1.0));
        assert_eq!(publish_share(2, 4), None, "the whole is small");
        assert_eq!(publish_share(0, 0), None);
        assert_eq!(share(3, 4), Some(0.75));
        assert_eq!(share(0, 0), None);
    }

    proptest! {
        /// A higher percentile is never lower, and every percentile is one of the values.
        #[test]
        fn percentiles_rise_with_p(v in proptest::collection::vec(0.0f64..400.0, 1..50), a in 0.01f64..=1.0, b in 0.01f64..=1.0) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            let (x, y) = (nearest_rank(&v, lo).unwrap(), nearest_rank(&v, hi).unwrap());
            prop_assert!(x <= y);
            prop_assert!(v.contains(&x) && v.contains(&y));
        }

        /// A published share never describes fewer than five, on either side.
        #[test]
        fn a_published_share_hides_every_small_group(part in 0usize..40, whole in 0usize..40) {
            if publish_share(part, whole).is_some() {
                let part = part.min(whole);
                prop_assert!(whole >= MIN_CELL);
                prop_assert!(part == 0 || part >= MIN_CELL);
                prop_assert!(whole - part == 0 || whole - part >= MIN_CELL);
            }
        }
    }
}
