//! The city's dashboard figures over five years of a city the size of
//! Taoyuan (about 25,000 registrations on 5,000 clinic days, 5,000
//! referral cases), computed from rows already read: the part of a
//! dashboard request that is ours, not the database's.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use domain::booking::dashboard::{Booking, CaseRow, CityData, CityFilter, OfferedDay, ReferralRow, city_dashboard};
use domain::booking::waiting::{Targets, Wait};

/// The brief's target: 80 % within 30 days.
const T: Targets = Targets { days: 30, share: 0.8 };
use domain::booking::{District, Pool, RegistrationStatus};
use domain::stats::Period;

fn data() -> CityData {
    let start = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
    // Thirteen districts, as a city profile lists them.
    let districts: Vec<District> = [
        "North", "South", "East", "West", "Hill", "River", "Coast", "Lake", "Valley", "Harbour", "Plain", "Ridge",
        "Forest",
    ]
    .map(District::of)
    .to_vec();
    let statuses = [
        RegistrationStatus::Completed,
        RegistrationStatus::Completed,
        RegistrationStatus::Completed,
        RegistrationStatus::NoShow,
        RegistrationStatus::Cancelled,
    ];
    let mut days = Vec::new();
    let mut bookings = Vec::new();
    let mut referrals = Vec::new();
    let mut cases = Vec::new();
    let mut n = 0usize;
    for k in 0..1826 {
        let day = start + Duration::days(k);
        for centre in 0..8i64 {
            if (k + centre) % 7 > 2 {
                continue;
            }
            let district = districts[centre as usize % 5];
            days.push(OfferedDay {
                centre,
                district,
                day,
                places: 6,
                reserved: 2,
                open: true,
            });
            for _ in 0..5 {
                n += 1;
                let registered = day - Duration::days((n % 60) as i64 + 5);
                let status = statuses[n % statuses.len()];
                bookings.push(Booking {
                    centre,
                    centre_district: district,
                    day,
                    status,
                    pool: if n.is_multiple_of(3) {
                        Pool::Reserved
                    } else {
                        Pool::General
                    },
                    fast_track: n.is_multiple_of(10),
                    home: Some(districts[n % districts.len()]),
                    wait: Wait {
                        referred: (n.is_multiple_of(5)).then(|| registered - Duration::days(3)),
                        registered,
                        assessed: domain::booking::dashboard::assessed_on(status, day),
                        first: !n.is_multiple_of(7),
                    },
                });
                if n.is_multiple_of(5) {
                    let home = Some(districts[n % districts.len()]);
                    referrals.push(ReferralRow {
                        home,
                        observed: registered - Duration::days(8),
                        reported: registered - Duration::days(3),
                    });
                    cases.push(CaseRow {
                        home,
                        opened: registered - Duration::days(3),
                        contact_due: registered,
                        first_contact: Some(registered - Duration::days(1)),
                        open: false,
                    });
                }
            }
        }
    }
    CityData {
        districts,
        days,
        bookings,
        referrals,
        cases,
        ..CityData::default()
    }
}

fn bench(c: &mut Criterion) {
    let data = data();
    let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    let five_years = CityFilter {
        period: Period::parse("2022-01", "2026-12").unwrap(),
        centre: None,
        district: None,
    };
    let twelve_months = CityFilter {
        period: Period::last_months(today, 12),
        ..five_years
    };
    eprintln!(
        "{} bookings, {} days, {} referrals",
        data.bookings.len(),
        data.days.len(),
        data.referrals.len()
    );
    c.bench_function("city dashboard, five years", |b| {
        b.iter(|| city_dashboard(&data, &five_years, today, T))
    });
    c.bench_function("city dashboard, twelve months", |b| {
        b.iter(|| city_dashboard(&data, &twelve_months, today, T))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
