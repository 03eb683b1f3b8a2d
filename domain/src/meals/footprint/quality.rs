//! Data quality and the range it gives a figure (`docs/carbon-method.md` §5).

use super::result::*;

/// The factor by which a figure of data quality `q` may be too high or too
/// low (`docs/carbon-method.md` §5): 1.15 at the best score 1, 1.75 at the
/// worst 5, in a straight line between.
pub fn spread(q: f64) -> f64 {
    1.0 + 0.15 * q.clamp(1.0, 5.0)
}

/// The range of a sum of parts, each `(kg, quality)`: every part divided and
/// multiplied by its spread, and the ends added up (the parts' errors are
/// taken to run the same way, which never understates the range).
pub fn range_of(parts: impl IntoIterator<Item = (f64, f64)>) -> Range {
    parts.into_iter().fold(Range::default(), |r, (kg, q)| Range {
        low: r.low + kg / spread(q),
        high: r.high + kg * spread(q),
    })
}

/// The quality of a sum of parts, each `(kg, quality)`: weighted by each
/// part's share (0 for a sum of nothing).
pub fn weighted_quality(parts: impl IntoIterator<Item = (f64, f64)> + Clone) -> f64 {
    let total: f64 = parts.clone().into_iter().map(|(kg, _)| kg).sum();
    if total <= 0.0 {
        return 0.0;
    }
    parts.into_iter().map(|(kg, q)| kg * q).sum::<f64>() / total
}
