//! A family declines its offer or leaves the waitlist.

use super::endings::*;
use domain::ids::{ClinicDayId, WaitId};
use platform::ssr::db::stored;
use platform::ssr::{Db, StoreError};

/// The family leaves the list; an offer it held goes to the next in line.
pub async fn leave(
    db: &Db,
    entry: WaitId,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let left: Option<i64> = sqlx::query_scalar(
            "UPDATE waitlist SET status = 'left', active = 0, ended_at = $2 WHERE id = $1 AND active = 1 RETURNING id",
        )
        .bind(entry.get())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if left.is_none() {
            return Ok(false);
        }
        withdraw_offers(&mut tx, entry, now, policy).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}

/// The family declines its offer: the place goes to the next in line (not
/// to a family that declined or let run out an offer of that day); the
/// family keeps waiting.
pub async fn decline(
    db: &Db,
    entry: WaitId,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let offer: Option<(i64, String, String)> = sqlx::query_as(
            "UPDATE waitlist_offers SET status = 'declined', open = 0, answered_at = $2
             WHERE entry_id = $1 AND open = 1 RETURNING clinic_day_id, pool, hold_hash",
        )
        .bind(entry.get())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((day, pool, hash)) = offer else {
            return Ok(false);
        };
        give_back_hold(&mut tx, ClinicDayId::from(day), stored(pool)?, &hash, now, policy).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}
