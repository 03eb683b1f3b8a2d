//! The city's dashboard: every figure it shows, computed from plain rows
//! (the store reads them; nothing here is SQL), so that the page, the CSV,
//! the open-data document and the public summary cannot disagree.
//!
//! - The wait and the 30-day rule are [`super::waiting`]'s.
//! - Capacity counts places of open clinic days. A place is *taken* by a
//!   registration that still holds it or was used (submitted, confirmed,
//!   checked in, completed, no-show); a cancelled or ineligible one freed
//!   it. A free place on a past day was *left empty*; on a later day it is
//!   *still free*.
//! - Where the need is: children by the district they live in (as the
//!   family or the referrer gave it), against places at centres in that
//!   district.
//! - A filter by centre narrows capacity and the children booked there; a
//!   filter by district narrows capacity to the district's centres and the
//!   children to those living there.

use super::referral::report_is_late;
use super::waiting::{self, TARGET_DAYS, Wait, WaitFigures};
use super::waitlist::OfferStatus;
use super::{District, Pool, RegistrationStatus};
use crate::Named;
use crate::stats::{Cell, Period, nearest_rank, publish, publish_share, share, week_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A clinic day as capacity counts it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferedDay {
    pub centre: i64,
    pub district: District,
    pub day: NaiveDate,
    pub places: u32,
    pub reserved: u32,
    /// Closed days offer nothing.
    pub open: bool,
}

/// A registration as the dashboard counts it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Booking {
    pub centre: i64,
    pub centre_district: District,
    pub day: NaiveDate,
    pub status: RegistrationStatus,
    pub pool: Pool,
    pub fast_track: bool,
    /// Where the child lives, when given.
    pub home: Option<District>,
    pub wait: Wait,
}

/// The day a registration's child was assessed: the clinic day, once the
/// child came (checked in or completed).
pub fn assessed_on(status: RegistrationStatus, day: NaiveDate) -> Option<NaiveDate> {
    matches!(status, RegistrationStatus::CheckedIn | RegistrationStatus::Completed).then_some(day)
}

/// A referral (one report of a child).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralRow {
    pub home: Option<District>,
    pub observed: NaiveDate,
    pub reported: NaiveDate,
}

/// A referral case and its first contact with the family.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseRow {
    pub home: Option<District>,
    pub opened: NaiveDate,
    pub contact_due: NaiveDate,
    pub first_contact: Option<NaiveDate>,
    pub open: bool,
}

impl CaseRow {
    /// Contacted by its due day.
    pub fn contacted_on_time(&self) -> bool {
        self.first_contact.is_some_and(|c| c <= self.contact_due)
    }

    /// Still open, never contacted, and past its due day on `today`.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.open && self.first_contact.is_none() && today > self.contact_due
    }
}

/// A family on the waitlist.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitlistRow {
    pub joined: NaiveDate,
    /// The day of its first offer, if any.
    pub first_offer: Option<NaiveDate>,
    pub waiting: bool,
}

/// An offer of a freed place.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferRow {
    pub made: NaiveDate,
    pub status: OfferStatus,
}

/// Everything the dashboard reads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityData {
    pub days: Vec<OfferedDay>,
    pub bookings: Vec<Booking>,
    pub referrals: Vec<ReferralRow>,
    pub cases: Vec<CaseRow>,
    pub waitlist: Vec<WaitlistRow>,
    pub offers: Vec<OfferRow>,
}

/// What the administrator chose to look at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityFilter {
    pub period: Period,
    pub centre: Option<i64>,
    pub district: Option<District>,
}

/// Places and what became of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capacity {
    pub offered: usize,
    pub taken: usize,
    pub cancelled: usize,
    pub no_shows: usize,
    /// Free places of days that have passed.
    pub empty: usize,
    /// Free places of today and later days.
    pub still_free: usize,
    pub reserved_offered: usize,
    pub reserved_taken: usize,
    pub fast_track: usize,
}

impl Capacity {
    /// The share of places taken.
    pub fn use_share(&self) -> Option<f64> {
        share(self.taken, self.offered)
    }

    /// The share of the under-3 reserve taken.
    pub fn reserve_use(&self) -> Option<f64> {
        share(self.reserved_taken, self.reserved_offered)
    }

    /// The share of taken places that were fast-tracked.
    pub fn fast_track_share(&self) -> Option<f64> {
        share(self.fast_track, self.taken)
    }

    /// The share of taken places on past days whose child did not come.
    pub fn no_show_share(&self) -> Option<f64> {
        share(self.no_shows, self.taken)
    }
}

/// Capacity of `days` given the `bookings` on them, as of `today`.
pub fn capacity<'a>(
    days: impl IntoIterator<Item = &'a OfferedDay>,
    bookings: impl IntoIterator<Item = &'a Booking>,
    today: NaiveDate,
) -> Capacity {
    let mut c = Capacity::default();
    let mut taken_on: HashMap<(i64, NaiveDate), usize> = HashMap::new();
    for b in bookings {
        if b.status == RegistrationStatus::Cancelled {
            c.cancelled += 1;
        }
        if !b.status.occupies_place() {
            continue;
        }
        *taken_on.entry((b.centre, b.day)).or_default() += 1;
        c.taken += 1;
        c.no_shows += usize::from(b.status == RegistrationStatus::NoShow);
        c.reserved_taken += usize::from(b.pool == Pool::Reserved);
        c.fast_track += usize::from(b.fast_track);
    }
    for d in days.into_iter().filter(|d| d.open) {
        c.offered += d.places as usize;
        c.reserved_offered += d.reserved as usize;
        let free = (d.places as usize).saturating_sub(taken_on.get(&(d.centre, d.day)).copied().unwrap_or(0));
        if d.day < today {
            c.empty += free;
        } else {
            c.still_free += free;
        }
    }
    c
}

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

/// The dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityDashboard {
    pub filter: CityFilter,
    pub today: NaiveDate,
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

impl CityFilter {
    fn centre_ok(&self, centre: i64, district: District) -> bool {
        self.centre.is_none_or(|c| c == centre) && self.district.is_none_or(|d| d == district)
    }

    fn child_ok(&self, b: &Booking) -> bool {
        self.centre.is_none_or(|c| c == b.centre) && self.district.is_none_or(|d| b.home == Some(d))
    }

    fn home_ok(&self, home: Option<District>) -> bool {
        self.district.is_none_or(|d| home == Some(d))
    }
}

/// Every figure of the dashboard for `filter`, as of `today`.
pub fn city_dashboard(data: &CityData, filter: &CityFilter, today: NaiveDate) -> CityDashboard {
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
    let trend = waiting::by_month(&waits, p.first, p.last);
    let this_month = trend.last().map(|(_, f)| *f).unwrap_or_else(|| waiting::figures([]));

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
        this_month,
        period: waiting::figures(in_period),
        trend,
        overdue_now: children
            .iter()
            .filter(|b| b.status.is_active() && b.wait.first && b.wait.overdue_on(today))
            .count(),
        capacity: capacity(days.iter().copied(), at_centres.iter().copied(), today),
        by_centre: by_centre.into_iter().map(|(k, v)| (k, cap(v))).collect(),
        by_week: by_week.into_iter().map(|(k, v)| (k, cap(v))).collect(),
        need: need(data, filter),
        referrals: referral_figures(data, filter, today),
        waitlist: waitlist_figures(data, p),
    }
}

fn need(data: &CityData, filter: &CityFilter) -> Vec<DistrictNeed> {
    let p = filter.period;
    let homes: Vec<Option<District>> = District::all()
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

fn referral_figures(data: &CityData, filter: &CityFilter, today: NaiveDate) -> ReferralFigures {
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

fn waitlist_figures(data: &CityData, p: Period) -> WaitlistFigures {
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

/// A month of the public summary.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicMonth {
    pub month: NaiveDate,
    pub assessed: Cell,
    pub share_within: Option<f64>,
    pub median_days: Option<f64>,
}

/// A district of the public summary.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicDistrict {
    pub district: Option<District>,
    pub registrations: Cell,
    pub referrals: Cell,
    pub places: usize,
    pub median_days: Option<f64>,
}

/// What the public may see: aggregate figures only, every count of one to
/// four children suppressed, and any share or wait resting on so few.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityPublic {
    pub period: Period,
    pub target_days: i64,
    pub target_share: f64,
    pub assessed: Cell,
    pub share_within: Option<f64>,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
    pub months: Vec<PublicMonth>,
    pub places_offered: usize,
    pub places_taken: Cell,
    pub no_shows: Cell,
    pub districts: Vec<PublicDistrict>,
}

/// A wait figure resting on at least five children, else nothing.
fn wait_shown(f: &WaitFigures, v: Option<f64>) -> Option<f64> {
    (f.assessed >= crate::stats::MIN_CELL).then_some(v).flatten()
}

/// The public summary of a dashboard.
pub fn public_summary(d: &CityDashboard) -> CityPublic {
    CityPublic {
        period: d.filter.period,
        target_days: TARGET_DAYS,
        target_share: waiting::TARGET_SHARE,
        assessed: publish(d.period.assessed),
        share_within: publish_share(d.period.within, d.period.assessed),
        median_days: wait_shown(&d.period, d.period.median_days),
        p90_days: wait_shown(&d.period, d.period.p90_days),
        months: d
            .trend
            .iter()
            .map(|(m, f)| PublicMonth {
                month: *m,
                assessed: publish(f.assessed),
                share_within: publish_share(f.within, f.assessed),
                median_days: wait_shown(f, f.median_days),
            })
            .collect(),
        places_offered: d.capacity.offered,
        places_taken: publish(d.capacity.taken),
        no_shows: publish(d.capacity.no_shows),
        districts: d
            .need
            .iter()
            .map(|n| PublicDistrict {
                district: n.district,
                registrations: publish(n.registrations),
                referrals: publish(n.referrals),
                places: n.places,
                median_days: wait_shown(&n.waits, n.waits.median_days),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn offered(centre: i64, district: District, d: NaiveDate, places: u32) -> OfferedDay {
        OfferedDay {
            centre,
            district,
            day: d,
            places,
            reserved: 2,
            open: true,
        }
    }

    fn booking(centre: i64, d: NaiveDate, status: RegistrationStatus, registered: NaiveDate) -> Booking {
        Booking {
            centre,
            centre_district: if centre == 1 {
                District::Taoyuan
            } else {
                District::Zhongli
            },
            day: d,
            status,
            pool: Pool::General,
            fast_track: false,
            home: Some(District::Taoyuan),
            wait: Wait {
                referred: None,
                registered,
                assessed: assessed_on(status, d),
                first: true,
            },
        }
    }

    fn period(a: u32, b: u32) -> Period {
        Period::months(day(a, 1), day(b, 1)).unwrap()
    }

    use RegistrationStatus as S;

    #[test]
    fn capacity_counts_places_and_what_became_of_them() {
        let today = day(3, 10);
        let days = [
            offered(1, District::Taoyuan, day(3, 2), 5),
            offered(1, District::Taoyuan, day(3, 20), 4),
            OfferedDay {
                open: false,
                ..offered(1, District::Taoyuan, day(3, 3), 9)
            },
        ];
        let mut reserved = booking(1, day(3, 2), S::Completed, day(2, 1));
        reserved.pool = Pool::Reserved;
        reserved.fast_track = true;
        let bookings = [
            reserved,
            booking(1, day(3, 2), S::NoShow, day(2, 1)),
            booking(1, day(3, 2), S::Cancelled, day(2, 1)),
            booking(1, day(3, 2), S::Ineligible, day(2, 1)),
            booking(1, day(3, 20), S::Confirmed, day(3, 1)),
        ];
        let c = capacity(&days, &bookings, today);
        assert_eq!((c.offered, c.taken, c.cancelled, c.no_shows), (9, 3, 1, 1));
        assert_eq!((c.empty, c.still_free), (3, 3), "a past day's free places are empty");
        assert_eq!((c.reserved_offered, c.reserved_taken, c.fast_track), (4, 1, 1));
        assert_eq!(c.use_share(), Some(3.0 / 9.0));
        assert_eq!(c.reserve_use(), Some(0.25));
        assert_eq!(Capacity::default().use_share(), None);
    }

    #[test]
    fn the_dashboard_splits_by_centre_week_and_month() {
        let data = CityData {
            days: vec![
                offered(1, District::Taoyuan, day(3, 2), 5),
                offered(2, District::Zhongli, day(3, 9), 5),
                offered(2, District::Zhongli, day(4, 6), 5),
            ],
            bookings: vec![
                booking(1, day(3, 2), S::Completed, day(2, 20)), // 10 days
                booking(2, day(3, 9), S::Completed, day(1, 5)),  // 63 days
                {
                    let mut b = booking(2, day(4, 6), S::Completed, day(3, 30));
                    b.home = Some(District::Zhongli);
                    b
                },
                booking(2, day(4, 20), S::Confirmed, day(2, 1)), // waiting since February
            ],
            ..CityData::default()
        };
        let f = CityFilter {
            period: period(3, 4),
            centre: None,
            district: None,
        };
        let d = city_dashboard(&data, &f, day(4, 10));
        assert_eq!(d.trend.len(), 2);
        assert_eq!((d.trend[0].1.assessed, d.trend[0].1.within), (2, 1));
        assert_eq!((d.this_month.assessed, d.this_month.within), (1, 1));
        assert_eq!((d.period.assessed, d.period.within), (3, 2));
        assert_eq!(d.overdue_now, 1);
        assert_eq!(
            d.by_centre.iter().map(|(c, x)| (*c, x.offered)).collect::<Vec<_>>(),
            vec![(1, 5), (2, 10)]
        );
        assert_eq!(
            d.by_week.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
            vec![day(3, 2), day(3, 9), day(4, 6), day(4, 20)]
        );
        let taoyuan = d.need.iter().find(|n| n.district == Some(District::Taoyuan)).unwrap();
        assert_eq!(
            (taoyuan.registrations, taoyuan.places, taoyuan.waits.assessed),
            (0, 5, 2)
        );
        assert_eq!(
            d.need[0].district,
            Some(District::Taoyuan),
            "the longest median wait first"
        );

        let one = city_dashboard(&data, &CityFilter { centre: Some(1), ..f }, day(4, 10));
        assert_eq!(
            (one.capacity.offered, one.period.assessed, one.by_centre.len()),
            (5, 1, 1)
        );
        let zhongli = city_dashboard(
            &data,
            &CityFilter {
                district: Some(District::Zhongli),
                ..f
            },
            day(4, 10),
        );
        assert_eq!((zhongli.capacity.offered, zhongli.period.assessed), (10, 1));
        assert!(zhongli.need.iter().all(|n| n.district == Some(District::Zhongli)));
    }

    #[test]
    fn referral_and_waitlist_figures() {
        let case = |opened: NaiveDate, due: NaiveDate, contact: Option<NaiveDate>| CaseRow {
            home: None,
            opened,
            contact_due: due,
            first_contact: contact,
            open: true,
        };
        let data = CityData {
            referrals: vec![
                ReferralRow {
                    home: None,
                    observed: day(3, 1),
                    reported: day(3, 8),
                },
                ReferralRow {
                    home: None,
                    observed: day(3, 1),
                    reported: day(3, 9),
                },
            ],
            cases: vec![
                case(day(3, 8), day(3, 11), Some(day(3, 11))),
                case(day(3, 9), day(3, 12), Some(day(3, 13))),
                case(day(3, 9), day(3, 12), None),
            ],
            waitlist: vec![
                WaitlistRow {
                    joined: day(3, 1),
                    first_offer: Some(day(3, 11)),
                    waiting: false,
                },
                WaitlistRow {
                    joined: day(3, 2),
                    first_offer: None,
                    waiting: true,
                },
            ],
            offers: [
                OfferStatus::Accepted,
                OfferStatus::Declined,
                OfferStatus::Expired,
                OfferStatus::Withdrawn,
                OfferStatus::Open,
            ]
            .into_iter()
            .map(|status| OfferRow {
                made: day(3, 11),
                status,
            })
            .collect(),
            ..CityData::default()
        };
        let f = CityFilter {
            period: period(3, 3),
            centre: None,
            district: None,
        };
        let d = city_dashboard(&data, &f, day(3, 13));
        let r = d.referrals;
        assert_eq!(
            (r.referrals, r.reported_within_week),
            (2, 1),
            "day 7 is within the week, day 8 is not"
        );
        assert_eq!((r.cases_opened, r.contacted_on_time, r.overdue_now), (3, 1, 1));
        let w = d.waitlist;
        assert_eq!((w.waiting_now, w.joined, w.median_days_to_offer), (1, 2, Some(10.0)));
        assert_eq!((w.offers, w.accepted, w.answered), (5, 1, 3));
    }

    #[test]
    fn the_public_summary_suppresses_small_cells() {
        let mut bookings: Vec<Booking> = (0..3)
            .map(|i| booking(1, day(3, 2 + i), S::Completed, day(2, 20)))
            .collect();
        bookings.extend((0..6).map(|i| booking(1, day(4, 1 + i), S::Completed, day(3, 1))));
        let mut elsewhere = booking(1, day(4, 20), S::Confirmed, day(4, 2));
        elsewhere.home = Some(District::Zhongli);
        bookings.push(elsewhere);
        let data = CityData {
            days: vec![offered(1, District::Taoyuan, day(3, 2), 20)],
            bookings,
            ..CityData::default()
        };
        let f = CityFilter {
            period: period(3, 4),
            centre: None,
            district: None,
        };
        let s = public_summary(&city_dashboard(&data, &f, day(5, 1)));
        assert_eq!(s.months[0].assessed, Cell::Suppressed);
        assert_eq!((s.months[0].share_within, s.months[0].median_days), (None, None));
        assert_eq!(s.months[1].assessed, Cell::Shown(6));
        assert_eq!(
            s.months[1].share_within,
            Some(0.0),
            "all six late: no part describes one to four children"
        );
        assert_eq!(s.assessed, Cell::Shown(9));
        assert_eq!(s.share_within, None, "three of nine within: the part is too small");
        assert_eq!(s.places_taken, Cell::Shown(10));
        let district = |d| s.districts.iter().find(|x| x.district == Some(d)).unwrap();
        assert_eq!(district(District::Taoyuan).registrations, Cell::Shown(6));
        assert_eq!(district(District::Zhongli).registrations, Cell::Suppressed);
        assert_eq!(district(District::Zhongli).median_days, None);
    }

    proptest! {
        #[test]
        fn centres_add_up_to_the_whole(rows in proptest::collection::vec((1i64..4, 0i64..60, 0usize..7, any::<bool>()), 0..80)) {
            let statuses = [S::Submitted, S::Confirmed, S::CheckedIn, S::Completed, S::NoShow, S::Ineligible, S::Cancelled];
            let base = day(3, 1);
            let days: Vec<OfferedDay> = (1..4)
                .flat_map(|c| (0..60).step_by(7).map(move |k| offered(c, District::Taoyuan, base + chrono::Duration::days(k), 6)))
                .collect();
            let bookings: Vec<Booking> = rows
                .iter()
                .map(|(c, k, s, fast)| {
                    let mut b = booking(*c, base + chrono::Duration::days(*k - *k % 7), statuses[*s], base);
                    b.fast_track = *fast;
                    b
                })
                .collect();
            let data = CityData { days, bookings, ..CityData::default() };
            let f = CityFilter { period: period(3, 4), centre: None, district: None };
            let d = city_dashboard(&data, &f, day(4, 1));
            let sum = |pick: fn(&Capacity) -> usize, parts: &[(i64, Capacity)]| parts.iter().map(|(_, c)| pick(c)).sum::<usize>();
            for pick in [|c: &Capacity| c.offered, |c: &Capacity| c.taken, |c: &Capacity| c.empty, |c: &Capacity| c.cancelled] {
                prop_assert_eq!(sum(pick, &d.by_centre), pick(&d.capacity));
                let weeks: Vec<(i64, Capacity)> = d.by_week.iter().map(|(_, c)| (0, *c)).collect();
                prop_assert_eq!(sum(pick, &weeks), pick(&d.capacity));
            }
            prop_assert!(d.capacity.fast_track <= d.capacity.taken);
        }
    }
}
