//! How offers end besides the family's answer: the child was booked, the
//! centre closed the day, the family left.

use super::told::*;
use crate::notify::OfferEnd;
use domain::booking::Pool;
use domain::ids::{ClinicDayId, RegistrationId, WaitId};
use platform::ssr::db::{WriteTx, stored};

/// A child was just booked (in `tx`, under the child's lock): the wait
/// ends; the offer whose hold became the registration is accepted, any
/// other is withdrawn and its place offered on.
pub async fn end_for_booking(
    tx: &mut WriteTx,
    child_key: &str,
    registration: RegistrationId,
    hold_hash: &str,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    let entry: Option<i64> = sqlx::query_scalar(
        "UPDATE waitlist SET status = 'booked', active = 0, ended_at = $2, registration_id = $3
         WHERE child_key = $1 AND active = 1 RETURNING id",
    )
    .bind(child_key)
    .bind(now)
    .bind(registration.get())
    .fetch_optional(&mut **tx)
    .await?;
    let Some(entry) = entry.map(WaitId::from) else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE waitlist_offers SET status = 'accepted', open = 0, answered_at = $2, registration_id = $3
         WHERE entry_id = $1 AND open = 1 AND hold_hash = $4",
    )
    .bind(entry.get())
    .bind(now)
    .bind(registration.get())
    .bind(hold_hash)
    .execute(&mut **tx)
    .await?;
    withdraw_offers(tx, entry, now, policy).await
}

/// The centre closed a day: the offers of its places are withdrawn, their
/// holds deleted and the places given back to the (closed) day's counters.
/// The families keep their place in line and are told. Runs in the
/// transaction that closes the day.
pub async fn withdraw_day_offers(
    tx: &mut WriteTx,
    day_id: ClinicDayId,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<u32, sqlx::Error> {
    let offers: Vec<(i64, String, String)> = sqlx::query_as(
        "UPDATE waitlist_offers SET status = 'withdrawn', open = 0, answered_at = $2
         WHERE clinic_day_id = $1 AND open = 1 RETURNING id, pool, hold_hash",
    )
    .bind(day_id.get())
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    for (offer, pool, hash) in &offers {
        // The day is closed: the place goes back and is offered to nobody.
        give_back_hold(tx, day_id, stored(pool.clone())?, hash, now, policy).await?;
        tell_offer_ended(tx, *offer, OfferEnd::DayClosed, now, policy).await?;
    }
    Ok(offers.len() as u32)
}

/// Deletes an offer's hold and frees its place (if the hold was still there).
pub(crate) async fn give_back_hold(
    tx: &mut WriteTx,
    day: ClinicDayId,
    pool: Pool,
    hold_hash: &str,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    let gone: Option<i64> = sqlx::query_scalar("DELETE FROM holds WHERE token_hash = $1 RETURNING id")
        .bind(hold_hash)
        .fetch_optional(&mut **tx)
        .await?;
    if gone.is_some() {
        crate::store::freed::free(tx, day, pool, now, policy).await?;
    }
    Ok(())
}

/// Withdraws the entry's open offer (the family left, or was booked through
/// another way): its place goes to the next in line.
pub(crate) async fn withdraw_offers(
    tx: &mut WriteTx,
    entry: WaitId,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    let offers: Vec<(i64, String, String)> = sqlx::query_as(
        "UPDATE waitlist_offers SET status = 'withdrawn', open = 0, answered_at = $2
         WHERE entry_id = $1 AND open = 1 RETURNING clinic_day_id, pool, hold_hash",
    )
    .bind(entry.get())
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    for (day, pool, hash) in offers {
        give_back_hold(tx, ClinicDayId::from(day), stored(pool)?, &hash, now, policy).await?;
    }
    Ok(())
}
