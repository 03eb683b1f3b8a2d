//! How long children wait for their joint assessment, against the target
//! the government's profile sets (the early-intervention brief: 80 % of
//! first assessments completed within 30 days of referral). The city's
//! dashboard takes its figures from these rules only, never from a second
//! reckoning in SQL.

use crate::stats::{nearest_rank, share};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The target: `share` of first assessments completed within `days`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Targets {
    pub days: i64,
    /// 0 to 1.
    pub share: f64,
}

impl Targets {
    /// The targets a government's profile sets.
    pub fn of(ei: &crate::platform::profile::EarlyIntervention) -> Self {
        Self {
            days: i64::from(ei.first_assessment_days),
            share: ei.first_assessment_share,
        }
    }
}

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
    pub fn within_target(&self, t: Targets) -> Option<bool> {
        self.days().map(|d| d <= t.days)
    }

    /// Not yet assessed and already past the target on `today`.
    pub fn overdue_on(&self, today: NaiveDate, t: Targets) -> bool {
        self.assessed.is_none() && self.days_on(today) > t.days
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
pub fn figures<'a>(waits: impl IntoIterator<Item = &'a Wait>, t: Targets) -> WaitFigures {
    let days: Vec<f64> = waits
        .into_iter()
        .filter(|w| w.first)
        .filter_map(Wait::days)
        .map(|d| d as f64)
        .collect();
    let within = days.iter().filter(|d| **d <= t.days as f64).count();
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
pub fn by_month(waits: &[Wait], from: NaiveDate, to: NaiveDate, t: Targets) -> Vec<(NaiveDate, WaitFigures)> {
    let mut out = Vec::new();
    let mut m = month_of(from);
    let last = month_of(to);
    while m <= last {
        let next = m.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
        let these = waits.iter().filter(|w| w.assessed.is_some_and(|a| a >= m && a < next));
        out.push((m, figures(these, t)));
        m = next;
    }
    out
}

#[cfg(test)]
mod tests;
