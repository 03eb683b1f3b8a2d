//! A freed place is offered to the families in line: a cancellation, a hold
//! given back or run out, a declined offer frees a place on the day's
//! counters and, in the same transaction, offers it on.

use crate::notify::OfferEnd;
use crate::store::places::{Refusal, release, take, take_in};
use crate::store::waitlist::{offer_day, tell_offer_ended};
use domain::booking::Pool;
use domain::ids::ClinicDayId;
use platform::ssr::db::{WriteTx, stored};

/// Gives back the places of holds on `day_id` that expired at `now` (an
/// offer to a waiting family among them expired with its hold), offering
/// them to the families in line.
pub async fn sweep_expired(
    tx: &mut WriteTx,
    day_id: ClinicDayId,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    let gone: Vec<(String, String)> =
        sqlx::query_as("DELETE FROM holds WHERE clinic_day_id = $1 AND expires_at <= $2 RETURNING pool, token_hash")
            .bind(day_id.get())
            .bind(now)
            .fetch_all(&mut **tx)
            .await?;
    if gone.is_empty() {
        return Ok(());
    }
    let hashes: Vec<String> = gone.iter().map(|(_, h)| h.clone()).collect();
    expire_offers_of(tx, &hashes, now, policy).await?;
    for (pool, _) in gone {
        release(tx, day_id, stored(pool)?).await?;
    }
    offer_day(tx, day_id, now, policy).await?;
    Ok(())
}

/// A place was freed (a cancellation, a hold given back or run out, a
/// declined offer): it goes back on the day's counters and, in the same
/// transaction, to the first family in line whose wish covers it.
pub async fn free(
    tx: &mut WriteTx,
    day_id: ClinicDayId,
    pool: Pool,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    release(tx, day_id, pool).await?;
    offer_day(tx, day_id, now, policy).await?;
    Ok(())
}

/// Takes one place for a child as [`take`] would after giving back the places
/// of expired holds, but sweeps only when the child's first pool is full: a
/// sweep only frees places, so when the first pool has one it changes nothing
/// about the choice, and the usual path is one statement, not two.
pub async fn take_sweeping(
    tx: &mut WriteTx,
    day_id: ClinicDayId,
    under3: bool,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<Result<Pool, Refusal>, sqlx::Error> {
    let first = Pool::preference(under3)[0];
    if take_in(tx, day_id, first).await? {
        return Ok(Ok(first));
    }
    sweep_expired(tx, day_id, now, policy).await?;
    take(tx, day_id, under3).await
}

/// Holds that ran out were deleted: their offers expired (the family keeps
/// waiting; the caller frees the places, which offers them on).
pub async fn expire_offers_of(
    tx: &mut WriteTx,
    hold_hashes: &[String],
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), sqlx::Error> {
    for hash in hold_hashes {
        let ended: Option<i64> = sqlx::query_scalar(
            "UPDATE waitlist_offers SET status = 'expired', open = 0, answered_at = $2
             WHERE hold_hash = $1 AND open = 1 RETURNING id",
        )
        .bind(hash)
        .bind(now)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(offer) = ended {
            tell_offer_ended(tx, offer, OfferEnd::Expired, now, policy).await?;
        }
    }
    Ok(())
}
