//! The rows the city's dashboard counts (server only): plain reads, the
//! figures themselves are `domain::booking::dashboard`'s.

use domain::Named;
use domain::booking::dashboard::{
    Booking, CaseRow, CityData, OfferRow, OfferedDay, ReferralRow, WaitlistRow, assessed_on,
};
use domain::booking::waiting::Wait;
use domain::booking::waitlist::OfferStatus;
use domain::booking::{District, Pool, RegistrationStatus};
use domain::platform::taipei;
use domain::stats::Period;
use platform::ssr::db::{Db, StoreError, stored_date, stored_opt};
use std::collections::HashMap;

/// What the dashboard reads for `period` (and what is open now, whatever
/// its dates: active registrations, open cases, waiting families).
pub struct Loaded {
    pub data: CityData,
    /// Beside `data.bookings`, in the same order.
    pub refs: Vec<(i64, String)>,
}

fn bounds(p: Period) -> (String, String, i64, i64) {
    let at = |d: chrono::NaiveDate| taipei::epoch_of(d.and_hms_opt(0, 0, 0).unwrap_or_default());
    (p.first.to_string(), p.end().to_string(), at(p.first), at(p.end()))
}

type DayTuple = (i64, String, String, i64, i64, String);
type CaseTuple = (i64, String, String, Option<String>, i64);
type BookingTuple = (
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    i64,
    Option<String>,
);

/// Reads everything the dashboard counts for `period`.
/// `districts` are the city's, in its profile's order (the need table's rows).
pub async fn load(db: &Db, period: Period, districts: Vec<District>) -> Result<Loaded, StoreError> {
    let (from, end, from_ts, end_ts) = bounds(period);
    let days: Vec<DayTuple> = sqlx::query_as(
        "SELECT d.centre_id, c.district, d.day, d.quota_total, d.quota_reserved, d.status
         FROM clinic_days d JOIN centres c ON c.id = d.centre_id
         WHERE d.day >= $1 AND d.day < $2",
    )
    .bind(&from)
    .bind(&end)
    .fetch_all(&db.pool)
    .await?;
    let days = days
        .into_iter()
        .filter_map(|(centre, district, day, places, reserved, status)| {
            Some(OfferedDay {
                centre,
                district: District::parse(&district)?,
                day: stored_date(&day).ok()?,
                places: u32::try_from(places).ok()?,
                reserved: u32::try_from(reserved).ok()?,
                open: status == "open",
            })
        })
        .collect();

    // The wait starts at the case's first referral where the booking was
    // made for a case. (Plain joins and groups, no correlated subquery:
    // both databases plan them well, with or without statistics.)
    let referred: HashMap<i64, String> = sqlx::query_as::<_, (i64, String)>(
        "SELECT k.registration_id, MIN(f.reported_on) FROM cases k JOIN referrals f ON f.case_id = k.id
         WHERE k.registration_id IS NOT NULL GROUP BY k.registration_id",
    )
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .collect();
    let rows: Vec<BookingTuple> = sqlx::query_as(
        "SELECT r.id, r.reference, d.centre_id, c.district, d.day, r.status, r.pool, r.fast_track,
                r.home_district, r.created_at, r.previous_assessment_date
         FROM registrations r
         JOIN clinic_days d ON d.id = r.clinic_day_id
         JOIN centres c ON c.id = d.centre_id
         WHERE (d.day >= $1 AND d.day < $2) OR (r.created_at >= $3 AND r.created_at < $4) OR r.active = 1",
    )
    .bind(&from)
    .bind(&end)
    .bind(from_ts)
    .bind(end_ts)
    .fetch_all(&db.pool)
    .await?;
    let mut bookings = Vec::with_capacity(rows.len());
    let mut refs = Vec::with_capacity(rows.len());
    for (id, reference, centre, cdistrict, day, status, pool, fast, home, created, previous) in rows {
        let (Some(centre_district), Ok(day), Some(status), Some(pool), Ok(home)) = (
            District::parse(&cdistrict),
            stored_date(&day),
            RegistrationStatus::parse(&status),
            Pool::parse(&pool),
            stored_opt(home),
        ) else {
            continue;
        };
        bookings.push(Booking {
            centre,
            centre_district,
            day,
            status,
            pool,
            fast_track: fast != 0,
            home,
            wait: Wait {
                referred: referred.get(&id).and_then(|d| stored_date(d).ok()),
                registered: taipei::date_at(created),
                assessed: assessed_on(status, day),
                first: previous.is_none(),
            },
        });
        refs.push((id, reference));
    }

    let referrals: Vec<(Option<String>, String, String)> = sqlx::query_as(
        "SELECT home_district, observed_on, reported_on FROM referrals WHERE reported_on >= $1 AND reported_on < $2",
    )
    .bind(&from)
    .bind(&end)
    .fetch_all(&db.pool)
    .await?;
    let referrals = referrals
        .into_iter()
        .filter_map(|(home, observed, reported)| {
            Some(ReferralRow {
                home: stored_opt(home).ok()?,
                observed: stored_date(&observed).ok()?,
                reported: stored_date(&reported).ok()?,
            })
        })
        .collect();

    // A case's district is its first referral's.
    let homes: HashMap<i64, Option<String>> = sqlx::query_as::<_, (i64, Option<String>)>(
        "SELECT f.case_id, f.home_district FROM referrals f
         JOIN (SELECT case_id, MIN(id) AS first FROM referrals GROUP BY case_id) m ON m.first = f.id",
    )
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .collect();
    let cases: Vec<CaseTuple> = sqlx::query_as(
        "SELECT c.id, c.opened_on, c.contact_due, c.first_contact_on, c.open
         FROM cases c WHERE (c.opened_on >= $1 AND c.opened_on < $2) OR c.open = 1",
    )
    .bind(&from)
    .bind(&end)
    .fetch_all(&db.pool)
    .await?;
    let cases = cases
        .into_iter()
        .filter_map(|(id, opened, due, contact, open)| {
            Some(CaseRow {
                home: stored_opt(homes.get(&id).cloned().flatten()).ok()?,
                opened: stored_date(&opened).ok()?,
                contact_due: stored_date(&due).ok()?,
                first_contact: contact.as_deref().and_then(|d| stored_date(d).ok()),
                open: open != 0,
            })
        })
        .collect();

    let first_offers: HashMap<i64, i64> =
        sqlx::query_as::<_, (i64, i64)>("SELECT entry_id, MIN(created_at) FROM waitlist_offers GROUP BY entry_id")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .collect();
    let waitlist: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT w.id, w.joined_at, w.active FROM waitlist w
         WHERE (w.joined_at >= $1 AND w.joined_at < $2) OR w.active = 1",
    )
    .bind(from_ts)
    .bind(end_ts)
    .fetch_all(&db.pool)
    .await?;
    let waitlist = waitlist
        .into_iter()
        .map(|(id, joined, active)| WaitlistRow {
            joined: taipei::date_at(joined),
            first_offer: first_offers.get(&id).copied().map(taipei::date_at),
            waiting: active != 0,
        })
        .collect();

    let offers: Vec<(i64, String)> =
        sqlx::query_as("SELECT created_at, status FROM waitlist_offers WHERE created_at >= $1 AND created_at < $2")
            .bind(from_ts)
            .bind(end_ts)
            .fetch_all(&db.pool)
            .await?;
    let offers = offers
        .into_iter()
        .filter_map(|(at, status)| {
            Some(OfferRow {
                made: taipei::date_at(at),
                status: OfferStatus::parse(&status)?,
            })
        })
        .collect();

    Ok(Loaded {
        data: CityData {
            districts,
            days,
            bookings,
            referrals,
            cases,
            waitlist,
            offers,
        },
        refs,
    })
}
