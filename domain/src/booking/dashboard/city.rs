//! The whole dashboard for a filter.

use super::capacity::*;
use super::figures::*;
use super::rows::*;
use crate::booking::waiting::{self, Targets, Wait, WaitFigures};
use crate::stats::week_of;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityDashboard {
    pub filter: CityFilter,
    pub today: NaiveDate,
    /// The government's target the figures are counted against.
    pub targets: Targets,
    /// The period's last month.
    pub this_month: WaitFigures,
    /// The whole period.
    pub period: WaitFigures,
    pub trend: Vec<(NaiveDate, WaitFigures)>,
    /// Children registered, not yet assessed, past the 30 days now.
    pub overdue_now: usize,
    pub capacity: Capacity,
    pub by_centre: Vec<(i64, Capacity)>,
    pub by_week: Vec<(NaiveDate, Capacity)>,
    /// Longest median wait first; districts with no assessment last.
    pub need: Vec<DistrictNeed>,
    pub referrals: ReferralFigures,
    pub waitlist: WaitlistFigures,
}

/// Every figure of the dashboard for `filter`, as of `today`.
pub fn city_dashboard(data: &CityData, filter: &CityFilter, today: NaiveDate, targets: Targets) -> CityDashboard {
    let p = filter.period;
    let days: Vec<&OfferedDay> = data
        .days
        .iter()
        .filter(|d| p.contains(d.day) && filter.centre_ok(d.centre, d.district))
        .collect();
    let at_centres: Vec<&Booking> = data
        .bookings
        .iter()
        .filter(|b| p.contains(b.day) && filter.centre_ok(b.centre, b.centre_district))
        .collect();
    let children: Vec<&Booking> = data.bookings.iter().filter(|b| filter.child_ok(b)).collect();
    let waits: Vec<Wait> = children.iter().map(|b| b.wait).collect();
    let in_period: Vec<&Wait> = waits
        .iter()
        .filter(|w| w.assessed.is_some_and(|a| p.contains(a)))
        .collect();
    let trend = waiting::by_month(&waits, p.first, p.last, targets);
    let this_month = trend
        .last()
        .map(|(_, f)| *f)
        .unwrap_or_else(|| waiting::figures([], targets));

    let mut by_centre: BTreeMap<i64, (Vec<&OfferedDay>, Vec<&Booking>)> = BTreeMap::new();
    let mut by_week: BTreeMap<NaiveDate, (Vec<&OfferedDay>, Vec<&Booking>)> = BTreeMap::new();
    for d in &days {
        by_centre.entry(d.centre).or_default().0.push(d);
        by_week.entry(week_of(d.day)).or_default().0.push(d);
    }
    for b in &at_centres {
        by_centre.entry(b.centre).or_default().1.push(b);
        by_week.entry(week_of(b.day)).or_default().1.push(b);
    }
    let cap = |(ds, bs): (Vec<&OfferedDay>, Vec<&Booking>)| capacity(ds, bs, today);

    CityDashboard {
        filter: *filter,
        today,
        targets,
        this_month,
        period: waiting::figures(in_period, targets),
        trend,
        overdue_now: children
            .iter()
            .filter(|b| b.status.is_active() && b.wait.first && b.wait.overdue_on(today, targets))
            .count(),
        capacity: capacity(days.iter().copied(), at_centres.iter().copied(), today),
        by_centre: by_centre.into_iter().map(|(k, v)| (k, cap(v))).collect(),
        by_week: by_week.into_iter().map(|(k, v)| (k, cap(v))).collect(),
        need: need(data, filter, targets),
        referrals: referral_figures(data, filter, today),
        waitlist: waitlist_figures(data, p),
    }
}
