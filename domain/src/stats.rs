//! Small statistics the dashboards and the rating share: percentiles by the
//! nearest-rank rule, shares, and the suppression of small cells in what is
//! published.

use chrono::{Datelike, Months, NaiveDate};
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

/// The longest period a dashboard covers: five years of months.
pub const MAX_MONTHS: u32 = 60;

/// A period of whole months, from the first day of `first` to the last day
/// of `last` (each stored as its month's first day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Why a period was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PeriodError {
    #[error("a month is written YYYY-MM")]
    Unreadable,
    #[error("the period ends before it starts")]
    Reversed,
    #[error("the period is longer than {MAX_MONTHS} months")]
    TooLong,
    /// Public figures cover one calendar quarter that has ended (`public`).
    #[error("public figures are published for whole calendar quarters that have ended")]
    NotAQuarter,
}

impl Period {
    /// The months from `first` to `last`, both included (any day of each).
    pub fn months(first: NaiveDate, last: NaiveDate) -> Result<Period, PeriodError> {
        let (first, last) = (month_of(first), month_of(last));
        if last < first {
            return Err(PeriodError::Reversed);
        }
        let p = Period { first, last };
        if p.len() > MAX_MONTHS as usize {
            return Err(PeriodError::TooLong);
        }
        Ok(p)
    }

    /// The `n` months up to and including `today`'s (at least one).
    pub fn last_months(today: NaiveDate, n: u32) -> Period {
        let last = month_of(today);
        let first = last
            .checked_sub_months(Months::new(n.clamp(1, MAX_MONTHS) - 1))
            .unwrap_or(last);
        Period { first, last }
    }

    /// From two months written `YYYY-MM`.
    pub fn parse(first: &str, last: &str) -> Result<Period, PeriodError> {
        let read = |s: &str| {
            NaiveDate::parse_from_str(&format!("{}-01", s.trim()), "%Y-%m-%d").map_err(|_| PeriodError::Unreadable)
        };
        Period::months(read(first)?, read(last)?)
    }

    /// The period a dashboard's form asks for: months written `YYYY-MM`;
    /// with both left empty, the twelve months up to `today`'s; with one
    /// left empty, twelve months up to the last or from the first to
    /// `today`'s month.
    pub fn from_form(today: NaiveDate, first: &str, last: &str) -> Result<Period, PeriodError> {
        match (first.trim(), last.trim()) {
            ("", "") => Ok(Period::last_months(today, 12)),
            ("", last) => {
                let last = Period::parse(last, last)?.last;
                Period::months(last.checked_sub_months(Months::new(11)).unwrap_or(last), last)
            }
            (first, "") => Period::months(Period::parse(first, first)?.first, today),
            (first, last) => Period::parse(first, last),
        }
    }

    /// The first day after the period.
    pub fn end(&self) -> NaiveDate {
        next_month(self.last)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        day >= self.first && day < self.end()
    }

    /// Each month's first day, in order.
    pub fn month_starts(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut m = self.first;
        while m <= self.last {
            out.push(m);
            m = next_month(m);
        }
        out
    }

    /// How many months it covers.
    pub fn len(&self) -> usize {
        ((self.last.year() - self.first.year()) * 12 + self.last.month() as i32 - self.first.month() as i32 + 1).max(0)
            as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The first day of `day`'s month.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month after `day`'s.
pub fn next_month(day: NaiveDate) -> NaiveDate {
    month_of(day)
        .checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// The Monday that starts `day`'s week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Duration::days(day.weekday().num_days_from_monday() as i64)
}

/// The mean of the values (`None` for none).
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Bars of a chart `width` long at most: each value's length from 0 to the
/// largest of the values and the `target` (1 when all are 0); a missing,
/// negative or non-finite value draws nothing. Returns that maximum and
/// the lengths.
pub fn bar_scale(values: &[Option<f64>], target: Option<f64>, width: f64) -> (f64, Vec<f64>) {
    let max = values
        .iter()
        .flatten()
        .copied()
        .chain(target)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let max = if max > 0.0 { max } else { 1.0 };
    let lengths = values
        .iter()
        .map(|v| {
            v.filter(|v| v.is_finite())
                .map_or(0.0, |v| (v.max(0.0) / max * width).min(width))
        })
        .collect();
    (max, lengths)
}

/// A figure to two significant figures, as shown to people (the stored and
/// computed figures keep their precision).
pub fn two_significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let magnitude = x.abs().log10().floor() as i32;
    let scale = 10f64.powi(1 - magnitude);
    (x * scale).round() / scale
}

pub mod public;

#[cfg(test)]
mod tests;
