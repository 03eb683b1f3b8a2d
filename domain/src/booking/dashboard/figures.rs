//! Need by district, the referral centre's and the waitlist's figures.

use super::rows::*;

use crate::booking::District;
use crate::booking::referral::report_is_late;
use crate::booking::waiting::{self, Targets, WaitFigures};
use crate::booking::waitlist::OfferStatus;
use crate::stats::{Period, nearest_rank, share};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Need and waits of the children living in one district (`None`: not given).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictNeed {
    pub district: Option<District>,
    /// Registrations made in the period.
    pub registrations: usize,
    /// Referrals reported in the period.
    pub referrals: usize,
    /// Places offered at centres in the district in the period.
    pub places: usize,
    /// Waits of first assessments in the period.
    pub waits: WaitFigures,
}

/// The referral centre's figures for the period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReferralFigures {
    pub referrals: usize,
    pub reported_within_week: usize,
    pub cases_opened: usize,
    pub contacted_on_time: usize,
    /// Open cases past their contact day now (whatever the period).
    pub overdue_now: usize,
}

impl ReferralFigures {
    pub fn reported_share(&self) -> Option<f64> {
        share(self.reported_within_week, self.referrals)
    }

    pub fn contacted_share(&self) -> Option<f64> {
        share(self.contacted_on_time, self.cases_opened)
    }
}

/// The waitlist's figures for the period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaitlistFigures {
    /// Families waiting now.
    pub waiting_now: usize,
    pub joined: usize,
    /// Median days from joining to the first offer, of those who joined in
    /// the period and had one.
    pub median_days_to_offer: Option<f64>,
    pub offers: usize,
    pub accepted: usize,
    /// Offers answered by yes, no or silence (withdrawn and open ones are not).
    pub answered: usize,
}

impl WaitlistFigures {
    pub fn acceptance_share(&self) -> Option<f64> {
        share(self.accepted, self.answered)
    }
}

pub(crate) fn need(data: &CityData, filter: &CityFilter, targets: Targets) -> Vec<DistrictNeed> {
    let p = filter.period;
    let homes: Vec<Option<District>> = data
        .districts
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .filter(|h| filter.home_ok(*h))
        .collect();
    let mut out: Vec<DistrictNeed> = homes
        .into_iter()
        .map(|home| {
            let theirs: Vec<&Booking> = data
                .bookings
                .iter()
                .filter(|b| b.home == home && filter.centre.is_none_or(|c| c == b.centre))
                .collect();
            DistrictNeed {
                district: home,
                registrations: theirs.iter().filter(|b| p.contains(b.wait.registered)).count(),
                referrals: data
                    .referrals
                    .iter()
                    .filter(|r| r.home == home && p.contains(r.reported))
                    .count(),
                places: data
                    .days
                    .iter()
                    .filter(|d| d.open && Some(d.district) == home && p.contains(d.day))
                    .filter(|d| filter.centre.is_none_or(|c| c == d.centre))
                    .map(|d| d.places as usize)
                    .sum(),
                waits: waiting::figures(
                    theirs
                        .iter()
                        .map(|b| &b.wait)
                        .filter(|w| w.assessed.is_some_and(|a| p.contains(a))),
                    targets,
                ),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |n: &DistrictNeed| n.waits.median_days.unwrap_or(f64::NEG_INFINITY);
        key(b).total_cmp(&key(a)).then(a.district.cmp(&b.district))
    });
    out
}

pub(crate) fn referral_figures(data: &CityData, filter: &CityFilter, today: NaiveDate) -> ReferralFigures {
    let p = filter.period;
    let refs: Vec<&ReferralRow> = data
        .referrals
        .iter()
        .filter(|r| p.contains(r.reported) && filter.home_ok(r.home))
        .collect();
    let cases: Vec<&CaseRow> = data
        .cases
        .iter()
        .filter(|c| p.contains(c.opened) && filter.home_ok(c.home))
        .collect();
    ReferralFigures {
        referrals: refs.len(),
        reported_within_week: refs.iter().filter(|r| !report_is_late(r.observed, r.reported)).count(),
        cases_opened: cases.len(),
        contacted_on_time: cases.iter().filter(|c| c.contacted_on_time()).count(),
        overdue_now: data
            .cases
            .iter()
            .filter(|c| filter.home_ok(c.home) && c.overdue_on(today))
            .count(),
    }
}

pub(crate) fn waitlist_figures(data: &CityData, p: Period) -> WaitlistFigures {
    let joined: Vec<&WaitlistRow> = data.waitlist.iter().filter(|w| p.contains(w.joined)).collect();
    let to_offer: Vec<f64> = joined
        .iter()
        .filter_map(|w| w.first_offer.map(|o| (o - w.joined).num_days().max(0) as f64))
        .collect();
    let offers: Vec<&OfferRow> = data.offers.iter().filter(|o| p.contains(o.made)).collect();
    WaitlistFigures {
        waiting_now: data.waitlist.iter().filter(|w| w.waiting).count(),
        joined: joined.len(),
        median_days_to_offer: nearest_rank(&to_offer, 0.5),
        offers: offers.len(),
        accepted: offers.iter().filter(|o| o.status == OfferStatus::Accepted).count(),
        answered: offers
            .iter()
            .filter(|o| {
                matches!(
                    o.status,
                    OfferStatus::Accepted | OfferStatus::Declined | OfferStatus::Expired
                )
            })
            .count(),
    }
}
