//! Offering freed places to the families in line, and how offers end.

use super::rows::*;
use crate::store::places;
use crate::store::waitlist::Policy;
use domain::Named;
use domain::booking::waitlist::{self as wl, FreedPlace, Waiting};
use domain::booking::{District, Pool};
use domain::ids::{CentreId, ClinicDayId};
use domain::platform::taipei;
use platform::ssr::db::{WriteTx, stored_date};
use platform::ssr::keys;
use platform::ssr::outbox::enqueue_all;
use std::collections::BTreeSet;

#[derive(sqlx::FromRow)]
struct DayFacts {
    day: String,
    status: String,
    #[sqlx(flatten)]
    quota: crate::store::places::StoredQuota,
    taken_general: i64,
    taken_reserved: i64,
    #[sqlx(try_from = "i64")]
    centre_id: CentreId,
    #[sqlx(try_from = "String")]
    district: District,
    active: i64,
}

/// Offers the free places of a clinic day to the families in line whose
/// wish covers them, one place per family, until no place or no family is
/// left; returns how many offers were made. Runs inside the transaction
/// that freed or added the places, so no one else sees them free first.
pub async fn offer_day(tx: &mut WriteTx, day_id: ClinicDayId, now: i64, policy: &Policy) -> Result<u32, sqlx::Error> {
    let mut made = 0;
    let mut passed_over: BTreeSet<i64> = BTreeSet::new();
    loop {
        let facts: Option<DayFacts> = sqlx::query_as(
            "SELECT d.day, d.status, d.quota_total, d.quota_reserved, d.taken_general, d.taken_reserved,
                c.id AS centre_id, c.district, c.active
             FROM clinic_days d JOIN centres c ON c.id = d.centre_id WHERE d.id = $1",
        )
        .bind(day_id.get())
        .fetch_optional(&mut **tx)
        .await?;
        let Some(f) = facts else { return Ok(made) };
        let date = stored_date(&f.day)?;
        let today = taipei::date_at(now);
        let starts = taipei::epoch_of(date.and_time(chrono::NaiveTime::MIN));
        let Some(expires_at) = wl::offer_expires_at(now, policy.offer_hours, starts) else {
            return Ok(made);
        };
        if f.status != "open" || f.active != 1 || date <= today {
            return Ok(made);
        }
        let taken = domain::booking::quota::Occupancy {
            general: f.taken_general.max(0) as u32,
            reserved: f.taken_reserved.max(0) as u32,
        };
        let left = domain::booking::quota::places_left(f.quota.0, taken);
        let mut free = Vec::new();
        if left.reserved > 0 {
            free.push(Pool::Reserved);
        }
        if left.general > 0 {
            free.push(Pool::General);
        }
        if free.is_empty() {
            return Ok(made);
        }
        // Families waiting for this centre or its district, from this day
        // or before, without an offer, and who did not turn this day down;
        // an entry flagged as a duplicate waits while the child is booked
        // or has an older entry (the older one is offered).
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "{ENTRY} WHERE w.active = 1 AND w.wish_from <= $1
               AND (w.wish_centre_id = $2 OR w.wish_districts LIKE $3)
               AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = w.id
                   AND (o.open = 1 OR (o.clinic_day_id = $4 AND o.status IN ('declined', 'expired'))))
               AND NOT (COALESCE(w.review, '') = 'duplicate'
                   AND (EXISTS (SELECT 1 FROM registrations x WHERE x.child_key = w.child_key AND x.active = 1)
                     OR EXISTS (SELECT 1 FROM waitlist y WHERE y.child_key = w.child_key AND y.active = 1 AND y.id < w.id)))"
        ))
        .bind(&f.day)
        .bind(f.centre_id.get())
        .bind(format!("%\"{}\"%", f.district.as_str()))
        .bind(day_id.get())
        .fetch_all(&mut **tx)
        .await?;
        // The booking rules for this child on this day (age, the repeat
        // rule's window) hold for offers as for the calendar.
        let mut candidates = Vec::new();
        for r in &rows {
            let may = r
                .triage_input()
                .map(|t| domain::booking::triage::may_book_on(&t, today, date).is_ok())?;
            if may {
                candidates.push((r.waiting()?, r));
            }
        }
        let waiting: Vec<Waiting> = candidates.iter().map(|(w, _)| w.clone()).collect();
        let mut offered = false;
        for pool in free {
            let place = FreedPlace {
                centre: f.centre_id.get(),
                district: f.district,
                day: date,
                pool,
            };
            let Some(next) = wl::next_in_line(&waiting, &place, &passed_over) else {
                continue;
            };
            let Some((_, entry)) = candidates.iter().find(|(w, _)| w.id == next.id) else {
                continue;
            };
            if !places::take_in(tx, day_id, pool).await? {
                continue;
            }
            let hold_hash = keys::storage_hash(&keys::random_token());
            let inserted: Option<i64> = sqlx::query_scalar(
                "INSERT INTO waitlist_offers (entry_id, clinic_day_id, pool, hold_hash, status, open, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, 'open', 1, $5, $6)
                 ON CONFLICT (entry_id) WHERE open = 1 DO NOTHING RETURNING id",
            )
            .bind(entry.id.get())
            .bind(day_id.get())
            .bind(pool.as_str())
            .bind(&hold_hash)
            .bind(expires_at)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await?;
            passed_over.insert(next.id);
            if inserted.is_none() {
                // Another transaction offered this family a place meanwhile.
                places::release(tx, day_id, pool).await?;
                offered = true;
                break;
            }
            sqlx::query(
                "INSERT INTO holds (token_hash, clinic_day_id, pool, under3, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&hold_hash)
            .bind(day_id.get())
            .bind(pool.as_str())
            .bind(i64::from(pool == Pool::Reserved))
            .bind(expires_at)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            let offer: OfferRow = sqlx::query_as(&format!("{OFFER} WHERE o.hold_hash = $1"))
                .bind(&hold_hash)
                .fetch_one(&mut **tx)
                .await?;
            if let Some(offered) = offer.offered() {
                let messages = crate::notify::offer(&entry.recipient(), &entry.reference, &offered, &policy.head);
                enqueue_all(tx, &messages, now).await?;
            }
            metrics::counter!("waitlist_offers_total").increment(1);
            made += 1;
            offered = true;
            break;
        }
        if !offered {
            return Ok(made);
        }
    }
}
