//! What keeps published figures from being subtracted into small ones.
//!
//! Suppressing every cell of one to four children is not enough when two
//! figures can be subtracted: any two periods that overlap give the
//! children of their difference, and a total less its shown parts gives a
//! suppressed part. So the public asks only for whole calendar quarters
//! that have ended (no two such periods overlap, and a quarter's figures no
//! longer change), and a group of parts whose total is published never has
//! exactly one part suppressed (`complement`).

use super::{Cell, Period, PeriodError, month_of, publish};
use chrono::{Datelike, Months, NaiveDate};

/// The quarters that have ended by `today`, newest first, `n` of them.
pub fn completed_quarters(today: NaiveDate, n: usize) -> Vec<Period> {
    let this_quarter = quarter_start(today);
    (1..=n)
        .filter_map(|k| this_quarter.checked_sub_months(Months::new(3 * k as u32)))
        .map(|first| Period {
            first,
            last: first.checked_add_months(Months::new(2)).unwrap_or(first),
        })
        .collect()
}

/// The period a public request names: a quarter that has ended, named by
/// its first month (`from` alone, or `from` and `to` spanning exactly the
/// quarter); nothing named, the last quarter that has ended.
pub fn public_period(today: NaiveDate, from: &str, to: &str) -> Result<Period, PeriodError> {
    let (from, to) = (from.trim(), to.trim());
    let Some(last_ended) = completed_quarters(today, 1).pop() else {
        return Err(PeriodError::NotAQuarter);
    };
    if from.is_empty() && to.is_empty() {
        return Ok(last_ended);
    }
    let first = Period::parse(from, from)?.first;
    let asked = Period::parse(from, if to.is_empty() { from } else { to })?;
    let quarter = Period {
        first,
        last: first.checked_add_months(Months::new(2)).unwrap_or(first),
    };
    let spans_quarter = to.is_empty() || asked == quarter;
    if quarter_start(first) != first || !spans_quarter || quarter.last > last_ended.last {
        return Err(PeriodError::NotAQuarter);
    }
    Ok(quarter)
}

/// The first day of `day`'s calendar quarter.
fn quarter_start(day: NaiveDate) -> NaiveDate {
    let m = month_of(day);
    m.with_month(((m.month() - 1) / 3) * 3 + 1).unwrap_or(m)
}

/// The parts of a published total as they may be published: each count of
/// one to four suppressed and, when that leaves exactly one suppressed (the
/// total less the others would give it), the smallest other part too, a
/// non-zero one when there is one.
pub fn complement(parts: &[usize]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = parts.iter().map(|&n| publish(n)).collect();
    let suppressed = cells.iter().filter(|c| **c == Cell::Suppressed).count();
    if suppressed == 1 && cells.len() > 1 {
        let second = (0..parts.len())
            .filter(|&i| cells[i] != Cell::Suppressed)
            .min_by_key(|&i| (parts[i] == 0, parts[i]));
        if let Some(i) = second {
            cells[i] = Cell::Suppressed;
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::MIN_CELL;
    use proptest::prelude::*;

    /// Whether a count may be published on its own.
    fn shown_alone(n: usize) -> bool {
        n == 0 || n >= MIN_CELL
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_a_quarter_that_has_ended_is_public() {
        let today = day(2026, 12, 8);
        let q3 = Period::parse("2026-07", "2026-09").unwrap();
        assert_eq!(public_period(today, "", ""), Ok(q3), "the last one by default");
        assert_eq!(public_period(today, "2026-07", ""), Ok(q3));
        assert_eq!(public_period(today, "2026-07", "2026-09"), Ok(q3));
        assert_eq!(
            public_period(today, "2026-10", ""),
            Err(PeriodError::NotAQuarter),
            "not ended"
        );
        assert_eq!(public_period(today, "2026-08", ""), Err(PeriodError::NotAQuarter));
        assert_eq!(
            public_period(today, "2026-07", "2026-08"),
            Err(PeriodError::NotAQuarter)
        );
        assert_eq!(
            public_period(today, "2026-01", "2026-09"),
            Err(PeriodError::NotAQuarter)
        );
        assert_eq!(public_period(today, "07/2026", ""), Err(PeriodError::Unreadable));
        assert_eq!(
            completed_quarters(today, 2)[1],
            Period::parse("2026-04", "2026-06").unwrap()
        );
    }

    #[test]
    fn one_suppressed_part_takes_the_smallest_other_with_it() {
        use Cell::{Shown, Suppressed};
        assert_eq!(complement(&[3, 6, 20]), vec![Suppressed, Suppressed, Shown(20)]);
        assert_eq!(complement(&[3, 0, 9]), vec![Suppressed, Shown(0), Suppressed]);
        assert_eq!(complement(&[3, 0, 0]), vec![Suppressed, Suppressed, Shown(0)]);
        assert_eq!(complement(&[3, 2, 9]), vec![Suppressed, Suppressed, Shown(9)]);
        assert_eq!(complement(&[5, 0, 9]), vec![Shown(5), Shown(0), Shown(9)]);
        assert_eq!(complement(&[4]), vec![Suppressed]);
    }

    /// The parts of a total as a reader could work them out from the
    /// published parts and the published total: exactly when one is hidden.
    fn recovered(cells: &[Cell], total: usize) -> Option<usize> {
        let hidden = cells.iter().filter(|c| **c == Cell::Suppressed).count();
        let shown: usize = cells
            .iter()
            .filter_map(|c| if let Cell::Shown(n) = c { Some(*n) } else { None })
            .sum();
        (hidden == 1).then(|| total - shown)
    }

    proptest! {
        /// Whatever the counts: every small count is hidden, and no hidden
        /// count can be worked out from the total and the shown parts.
        #[test]
        fn no_part_can_be_worked_out_from_the_total(parts in proptest::collection::vec(0usize..12, 1..6)) {
            let cells = complement(&parts);
            for (n, c) in parts.iter().zip(&cells) {
                prop_assert!(shown_alone(*n) || *c == Cell::Suppressed);
            }
            let total: usize = parts.iter().sum();
            if shown_alone(total) {
                prop_assert_eq!(recovered(&cells, total), None);
            }
        }

        /// No two periods the public may ask for overlap, so no two public
        /// queries can be subtracted into the children of a part of one:
        /// every public cell counts children of one quarter, and no other
        /// query counts a strict part or a strict whole of them.
        #[test]
        fn no_two_public_periods_overlap(days in 0i64..3_000, a in 0usize..40, b in 0usize..40) {
            let today = day(2020, 1, 1) + chrono::Duration::days(days);
            let all = completed_quarters(today, 40);
            let (p, q) = (all[a], all[b]);
            let overlap = p.first <= q.last && q.first <= p.last;
            prop_assert!(!overlap || p == q);
            let named = public_period(today, &p.first.format("%Y-%m").to_string(), "");
            prop_assert_eq!(named, Ok(p));
        }
    }
}
