use super::*;
use crate::booking::waiting::{Targets, Wait};
use crate::booking::waitlist::OfferStatus;
use crate::booking::{District, Pool, RegistrationStatus};
use crate::stats::{Cell, Period};
use chrono::NaiveDate;
use proptest::prelude::*;

/// The brief's target: 80 % within 30 days.
const T: Targets = Targets { days: 30, share: 0.8 };

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
            District::of("Taoyuan")
        } else {
            District::of("Zhongli")
        },
        day: d,
        status,
        pool: Pool::General,
        fast_track: false,
        home: Some(District::of("Taoyuan")),
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
        offered(1, District::of("Taoyuan"), day(3, 2), 5),
        offered(1, District::of("Taoyuan"), day(3, 20), 4),
        OfferedDay {
            open: false,
            ..offered(1, District::of("Taoyuan"), day(3, 3), 9)
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
        districts: vec![District::of("Taoyuan"), District::of("Zhongli")],
        days: vec![
            offered(1, District::of("Taoyuan"), day(3, 2), 5),
            offered(2, District::of("Zhongli"), day(3, 9), 5),
            offered(2, District::of("Zhongli"), day(4, 6), 5),
        ],
        bookings: vec![
            booking(1, day(3, 2), S::Completed, day(2, 20)), // 10 days
            booking(2, day(3, 9), S::Completed, day(1, 5)),  // 63 days
            {
                let mut b = booking(2, day(4, 6), S::Completed, day(3, 30));
                b.home = Some(District::of("Zhongli"));
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
    let d = city_dashboard(&data, &f, day(4, 10), T);
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
    let taoyuan = d
        .need
        .iter()
        .find(|n| n.district == Some(District::of("Taoyuan")))
        .unwrap();
    assert_eq!(
        (taoyuan.registrations, taoyuan.places, taoyuan.waits.assessed),
        (0, 5, 2)
    );
    assert_eq!(
        d.need[0].district,
        Some(District::of("Taoyuan")),
        "the longest median wait first"
    );

    let one = city_dashboard(&data, &CityFilter { centre: Some(1), ..f }, day(4, 10), T);
    assert_eq!(
        (one.capacity.offered, one.period.assessed, one.by_centre.len()),
        (5, 1, 1)
    );
    let zhongli = city_dashboard(
        &data,
        &CityFilter {
            district: Some(District::of("Zhongli")),
            ..f
        },
        day(4, 10),
        T,
    );
    assert_eq!((zhongli.capacity.offered, zhongli.period.assessed), (10, 1));
    assert!(zhongli.need.iter().all(|n| n.district == Some(District::of("Zhongli"))));
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
    let d = city_dashboard(&data, &f, day(3, 13), T);
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
    elsewhere.home = Some(District::of("Zhongli"));
    bookings.push(elsewhere);
    let data = CityData {
        districts: vec![District::of("Taoyuan"), District::of("Zhongli")],
        days: vec![offered(1, District::of("Taoyuan"), day(3, 2), 20)],
        bookings,
        ..CityData::default()
    };
    let f = CityFilter {
        period: period(3, 4),
        centre: None,
        district: None,
    };
    let s = public_summary(&city_dashboard(&data, &f, day(5, 1), T), vec![]);
    assert_eq!(s.months[0].assessed, Cell::Suppressed);
    assert_eq!((s.months[0].share_within, s.months[0].median_days), (None, None));
    // Six in April would give March's three (nine less six): April is
    // withheld with March, its share and wait too (issue 33, point 4).
    assert_eq!(s.months[1].assessed, Cell::Suppressed);
    assert_eq!((s.months[1].share_within, s.months[1].median_days), (None, None));
    assert_eq!(s.assessed, Cell::Shown(9));
    assert_eq!(s.share_within, None, "three of nine within: the part is too small");
    assert_eq!(s.places_taken, Cell::Shown(10));
    let district = |d| s.districts.iter().find(|x| x.district == Some(d)).unwrap();
    assert_eq!(district(District::of("Taoyuan")).registrations, Cell::Shown(6));
    assert_eq!(district(District::of("Zhongli")).registrations, Cell::Suppressed);
    assert_eq!(district(District::of("Zhongli")).median_days, None);
}

proptest! {
    #[test]
    fn centres_add_up_to_the_whole(rows in proptest::collection::vec((1i64..4, 0i64..60, 0usize..7, any::<bool>()), 0..80)) {
        let statuses = [S::Submitted, S::Confirmed, S::CheckedIn, S::Completed, S::NoShow, S::Ineligible, S::Cancelled];
        let base = day(3, 1);
        let days: Vec<OfferedDay> = (1..4)
            .flat_map(|c| (0..60).step_by(7).map(move |k| offered(c, District::of("Taoyuan"), base + chrono::Duration::days(k), 6)))
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
        let d = city_dashboard(&data, &f, day(4, 1), T);
        let sum = |pick: fn(&Capacity) -> usize, parts: &[(i64, Capacity)]| parts.iter().map(|(_, c)| pick(c)).sum::<usize>();
        for pick in [|c: &Capacity| c.offered, |c: &Capacity| c.taken, |c: &Capacity| c.empty, |c: &Capacity| c.cancelled] {
            prop_assert_eq!(sum(pick, &d.by_centre), pick(&d.capacity));
            let weeks: Vec<(i64, Capacity)> = d.by_week.iter().map(|(_, c)| (0, *c)).collect();
            prop_assert_eq!(sum(pick, &weeks), pick(&d.capacity));
        }
        prop_assert!(d.capacity.fast_track <= d.capacity.taken);
    }
}
