//! How long children wait for their joint assessment, against the national
//! target that 80 % of first assessments are completed within 30 days of
//! referral (the early-intervention brief). The city's dashboard takes its
//! figures from these rules only, never from a second reckoning in SQL.

use crate::stats::{nearest_rank, share};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Days within which a first assessment should be completed.
pub const TARGET_DAYS: i64 = 30;
/// The share of first assessments that should be within the target.
pub const TARGET_SHARE: f64 = 0.8;

/// One child's way to the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wait {
    /// The day of the referral to the city, when there was one.
    pub referred: Option<NaiveDate>,
    /// The day the family registered (booked).
    pub registered: NaiveDate,
    /// The day the child was assessed, once it was.
    pub assessed: Option<NaiveDate>,
    /// A first assessment (a re-assessment is not counted against the target).
    pub first: bool,
}

impl Wait {
    /// The wait starts at the referral where there is one, otherwise at the
    /// registration (whichever the family met first, if both).
    pub fn start(&self) -> NaiveDate {
        match self.referred {
            Some(r) => r.min(self.registered),
            None => self.registered,
        }
    }

    /// Days from the start to the assessment; none before it.
    pub fn days(&self) -> Option<i64> {
        self.assessed.map(|a| (a - self.start()).num_days().max(0))
    }

    /// Days waited so far on `today`, assessed or not.
    pub fn days_on(&self, today: NaiveDate) -> i64 {
        let end = self.assessed.unwrap_or(today);
        (end - self.start()).num_days().max(0)
    }

    /// Assessed within the target.
    pub fn within_target(&self) -> Option<bool> {
        self.days().map(|d| d <= TARGET_DAYS)
    }

    /// Not yet assessed and already past the target on `today`.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.assessed.is_none() && self.days_on(today) > TARGET_DAYS
    }
}

/// The figures of a set of first assessments.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitFigures {
    /// First assessments completed.
    pub assessed: usize,
    /// Of them, within the target.
    pub within: usize,
    /// `within` of `assessed`; none for no assessment.
    pub share_within: Option<f64>,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
}

/// The figures of the first assessments among `waits` (the caller chooses
/// which: a month, a centre, a district).
pub fn figures<'a>(waits: impl IntoIterator<Item = &'a Wait>) -> WaitFigures {
    let days: Vec<f64> = waits
        .into_iter()
        .filter(|w| w.first)
        .filter_map(Wait::days)
        .map(|d| d as f64)
        .collect();
    let within = days.iter().filter(|d| **d <= TARGET_DAYS as f64).count();
    WaitFigures {
        assessed: days.len(),
        within,
        share_within: share(within, days.len()),
        median_days: nearest_rank(&days, 0.5),
        p90_days: nearest_rank(&days, 0.9),
    }
}

pub use crate::stats::month_of;

/// The figures month by month (by the month of the assessment), oldest
/// first, for the months from `from` to `to` (both included, even those
/// with no assessment).
pub fn by_month(waits: &[Wait], from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, WaitFigures)> {
    let mut out = Vec::new();
    let mut m = month_of(from);
    let last = month_of(to);
    while m <= last {
        let next = m.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
        let these = waits.iter().filter(|w| w.assessed.is_some_and(|a| a >= m && a < next));
        out.push((m, figures(these)));
        m = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn wait(referred: Option<NaiveDate>, registered: NaiveDate, assessed: Option<NaiveDate>) -> Wait {
        Wait {
            referred,
            registered,
            assessed,
            first: true,
        }
    }

    #[test]
    fn the_wait_starts_at_the_referral_where_there_is_one() {
        let w = wait(Some(day(3, 1)), day(3, 10), Some(day(3, 31)));
        assert_eq!(w.start(), day(3, 1));
        assert_eq!(w.days(), Some(30));
        assert_eq!(w.within_target(), Some(true), "day 30 is within");
        let w = wait(Some(day(3, 1)), day(3, 10), Some(day(4, 1)));
        assert_eq!((w.days(), w.within_target()), (Some(31), Some(false)), "day 31 is not");
        let w = wait(None, day(3, 10), Some(day(3, 20)));
        assert_eq!((w.start(), w.days()), (day(3, 10), Some(10)));
        // A family that registered before the referral arrived waits from its registration.
        assert_eq!(wait(Some(day(3, 20)), day(3, 10), None).start(), day(3, 10));
    }

    #[test]
    fn a_child_not_yet_assessed_is_overdue_after_thirty_days() {
        let w = wait(None, day(3, 1), None);
        assert_eq!(w.days(), None);
        assert!(!w.overdue_on(day(3, 31)));
        assert!(w.overdue_on(day(4, 1)));
        assert!(
            !wait(None, day(3, 1), Some(day(5, 1))).overdue_on(day(6, 1)),
            "assessed, however late"
        );
    }

    #[test]
    fn figures_count_first_assessments_only() {
        let mut re = wait(None, day(1, 1), Some(day(6, 1)));
        re.first = false;
        let waits = [
            wait(None, day(1, 1), Some(day(1, 11))), // 10
            wait(None, day(1, 1), Some(day(1, 21))), // 20
            wait(None, day(1, 1), Some(day(1, 31))), // 30
            wait(None, day(1, 1), Some(day(2, 10))), // 40
            wait(None, day(1, 1), Some(day(3, 2))),  // 60
            wait(None, day(1, 1), None),             // waiting
            re,
        ];
        let f = figures(&waits);
        assert_eq!((f.assessed, f.within), (5, 3));
        assert_eq!(f.share_within, Some(0.6));
        assert_eq!(f.median_days, Some(30.0));
        assert_eq!(f.p90_days, Some(60.0));
        let none = figures(&[]);
        assert_eq!((none.assessed, none.share_within, none.median_days), (0, None, None));
    }

    #[test]
    fn months_run_from_first_to_last_with_empty_ones() {
        let waits = [
            wait(None, day(1, 1), Some(day(1, 11))),
            wait(None, day(1, 1), Some(day(3, 2))),
        ];
        let m = by_month(&waits, day(1, 15), day(3, 31));
        assert_eq!(
            m.iter().map(|(d, _)| *d).collect::<Vec<_>>(),
            vec![day(1, 1), day(2, 1), day(3, 1)]
        );
        assert_eq!(m.iter().map(|(_, f)| f.assessed).collect::<Vec<_>>(), vec![1, 0, 1]);
        assert_eq!(m[0].1.share_within, Some(1.0));
        assert_eq!(m[2].1.share_within, Some(0.0));
    }

    proptest! {
        /// The month-by-month counts add up to the whole period's, and every
        /// share lies between 0 and 1.
        #[test]
        fn months_add_up(waits in proptest::collection::vec((0i64..300, 0i64..200, any::<bool>(), any::<bool>()), 0..60)) {
            let base = day(1, 1);
            let waits: Vec<Wait> = waits
                .into_iter()
                .map(|(start, len, assessed, first)| Wait {
                    referred: None,
                    registered: base + chrono::Duration::days(start),
                    assessed: assessed.then(|| base + chrono::Duration::days(start + len)),
                    first,
                })
                .collect();
            let whole = figures(&waits);
            let months = by_month(&waits, base, base + chrono::Duration::days(500));
            prop_assert_eq!(months.iter().map(|(_, f)| f.assessed).sum::<usize>(), whole.assessed);
            prop_assert_eq!(months.iter().map(|(_, f)| f.within).sum::<usize>(), whole.within);
            for (_, f) in &months {
                prop_assert!(f.share_within.is_none_or(|s| (0.0..=1.0).contains(&s)));
                prop_assert!(f.median_days.zip(f.p90_days).is_none_or(|(m, p)| m <= p));
            }
        }
    }
}
