//! Taking and giving back the places of a clinic day, inside a transaction.
//! Each statement is a conditional update on the day's counters, so two
//! requests can never both take the last place; the table's CHECK constraint
//! stands behind it.

use domain::booking::{DayStatus, Pool};
use domain::ids::ClinicDayId;
use platform::ssr::db::{WriteTx, stored};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Full,
    Closed,
    Missing,
}

/// Gives back the places of holds on `day_id` that expired at `now` (an
/// offer to a waiting family among them expired with its hold), offering
/// them to the families in line.
pub async fn sweep_expired(tx: &mut WriteTx, day_id: ClinicDayId, now: i64) -> Result<(), sqlx::Error> {
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
    super::waitlist::expire_offers_of(tx, &hashes, now).await?;
    for (pool, _) in gone {
        release(tx, day_id, stored(pool)?).await?;
    }
    super::waitlist::offer_day(tx, day_id, now).await?;
    Ok(())
}

/// A place was freed (a cancellation, a hold given back or run out, a
/// declined offer): it goes back on the day's counters and, in the same
/// transaction, to the first family in line whose wish covers it.
pub async fn free(tx: &mut WriteTx, day_id: ClinicDayId, pool: Pool, now: i64) -> Result<(), sqlx::Error> {
    release(tx, day_id, pool).await?;
    super::waitlist::offer_day(tx, day_id, now).await?;
    Ok(())
}

/// Takes a place on an open day of an active centre, if one is left (a
/// centre the city deactivated takes no new bookings, whatever its days say).
pub(crate) fn take_sql(pool: Pool) -> &'static str {
    match pool {
        Pool::General => {
            "UPDATE clinic_days SET taken_general = taken_general + 1
             WHERE id = $1 AND status = 'open' AND taken_general < quota_total - quota_reserved
               AND EXISTS (SELECT 1 FROM centres c WHERE c.id = clinic_days.centre_id AND c.active = 1)"
        }
        Pool::Reserved => {
            "UPDATE clinic_days SET taken_reserved = taken_reserved + 1
             WHERE id = $1 AND status = 'open' AND taken_reserved < quota_reserved
               AND EXISTS (SELECT 1 FROM centres c WHERE c.id = clinic_days.centre_id AND c.active = 1)"
        }
    }
}

/// Takes one place for a child, trying the pools in the child's order of preference.
pub async fn take(tx: &mut WriteTx, day_id: ClinicDayId, under3: bool) -> Result<Result<Pool, Refusal>, sqlx::Error> {
    for pool in Pool::preference(under3) {
        if sqlx::query(take_sql(*pool))
            .bind(day_id.get())
            .execute(&mut **tx)
            .await?
            .rows_affected()
            == 1
        {
            return Ok(Ok(*pool));
        }
    }
    let day: Option<(String, i64)> = sqlx::query_as(
        "SELECT d.status, c.active FROM clinic_days d JOIN centres c ON c.id = d.centre_id WHERE d.id = $1",
    )
    .bind(day_id.get())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(Err(match day {
        None => Refusal::Missing,
        Some((_, active)) if active != 1 => Refusal::Closed,
        Some((status, _)) => match stored(status)? {
            DayStatus::Closed => Refusal::Closed,
            DayStatus::Open => Refusal::Full,
        },
    }))
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
) -> Result<Result<Pool, Refusal>, sqlx::Error> {
    let first = Pool::preference(under3)[0];
    if take_in(tx, day_id, first).await? {
        return Ok(Ok(first));
    }
    sweep_expired(tx, day_id, now).await?;
    take(tx, day_id, under3).await
}

/// Takes a place in one given pool only.
pub async fn take_in(tx: &mut WriteTx, day_id: ClinicDayId, pool: Pool) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(take_sql(pool))
        .bind(day_id.get())
        .execute(&mut **tx)
        .await?
        .rows_affected()
        == 1)
}

pub async fn release(tx: &mut WriteTx, day_id: ClinicDayId, pool: Pool) -> Result<(), sqlx::Error> {
    let sql = match pool {
        Pool::General => "UPDATE clinic_days SET taken_general = taken_general - 1 WHERE id = $1 AND taken_general > 0",
        Pool::Reserved => {
            "UPDATE clinic_days SET taken_reserved = taken_reserved - 1 WHERE id = $1 AND taken_reserved > 0"
        }
    };
    sqlx::query(sql).bind(day_id.get()).execute(&mut **tx).await?;
    Ok(())
}
