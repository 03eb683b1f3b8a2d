//! A place held for 10 minutes while a family fills in the form.

use super::places::{self, Refusal};
use domain::Named;
use domain::booking::Pool;
use domain::ids::ClinicDayId;
use platform::ssr::{Db, StoreError, db::stored, keys};

pub struct Held {
    /// Given to the family once; only its hash is stored.
    pub token: String,
    pub pool: Pool,
    pub expires_at: i64,
}

/// Who asks for a hold, and how many places one client may hold at once.
pub struct Client<'a> {
    /// The rate limits' key of the client (its address, or its /64).
    pub key: &'a str,
    /// Places held at once on one day.
    pub per_day: u32,
    /// Places held at once in all.
    pub in_all: u32,
}

/// Why no place was held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotHeld {
    Place(Refusal),
    /// The client holds as many places as it may.
    TooMany,
}

/// Takes a place in `pool` (as `places::take_in`) only while the client holds
/// fewer than `$4` places in all and `$5` on the day: `$2` is the client's
/// key, `$3` the time (holds expired by then do not count).
fn take_for_client_sql(pool: Pool) -> &'static str {
    static SQL: std::sync::LazyLock<[String; 2]> = std::sync::LazyLock::new(|| {
        [Pool::General, Pool::Reserved].map(|pool| {
            format!(
                "{} AND (SELECT COUNT(*) FROM holds h WHERE h.client_key = $2 AND h.expires_at > $3) < $4
                   AND (SELECT COUNT(*) FROM holds h WHERE h.client_key = $2 AND h.clinic_day_id = $1 AND h.expires_at > $3) < $5",
                places::take_sql(pool)
            )
        })
    });
    match pool {
        Pool::General => &SQL[0],
        Pool::Reserved => &SQL[1],
    }
}

/// Holds a place on `day_id` for a child (under three on that day or not).
pub async fn place(
    db: &Db,
    day_id: ClinicDayId,
    under3: bool,
    now: i64,
    minutes: i64,
    client: &Client<'_>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Result<Held, NotHeld>, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        // The client's lock row first: its holds are counted one at a time.
        sqlx::query(
            "INSERT INTO hold_clients (client_key) VALUES ($1)
             ON CONFLICT (client_key) DO UPDATE SET client_key = excluded.client_key",
        )
        .bind(client.key)
        .execute(&mut *tx)
        .await?;
        // The usual case in one statement: the child's first pool, if the
        // client may hold one more place. The client's lock is held, so its
        // holds counted here cannot change before this commits.
        let first = Pool::preference(under3)[0];
        let took_first = sqlx::query(take_for_client_sql(first))
            .bind(day_id.get())
            .bind(client.key)
            .bind(now)
            .bind(i64::from(client.in_all))
            .bind(i64::from(client.per_day))
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        let pool = if took_first {
            first
        } else {
            let (on_day, in_all): (i64, i64) = sqlx::query_as(
                "SELECT COALESCE(SUM(CASE WHEN clinic_day_id = $2 THEN 1 ELSE 0 END), 0), COUNT(*)
                 FROM holds WHERE client_key = $1 AND expires_at > $3",
            )
            .bind(client.key)
            .bind(day_id.get())
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            if on_day >= i64::from(client.per_day) || in_all >= i64::from(client.in_all) {
                tx.commit().await?;
                return Ok(Err(NotHeld::TooMany));
            }
            // The first pool was full or the day closed: the places of
            // expired holds come back before the pools are tried again.
            crate::store::freed::sweep_expired(&mut tx, day_id, now, policy).await?;
            match places::take(&mut tx, day_id, under3).await? {
                Ok(p) => p,
                Err(refusal) => {
                    tx.commit().await?;
                    return Ok(Err(NotHeld::Place(refusal)));
                }
            }
        };
        let token = keys::random_token();
        let expires_at = now + minutes * 60;
        sqlx::query(
            "INSERT INTO holds (token_hash, clinic_day_id, pool, under3, expires_at, created_at, client_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(keys::storage_hash(&token))
        .bind(day_id.get())
        .bind(pool.as_str())
        .bind(i64::from(under3))
        .bind(expires_at)
        .bind(now)
        .bind(client.key)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Ok(Held {
            token,
            pool,
            expires_at,
        }))
    })
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HoldRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub clinic_day_id: ClinicDayId,
    pub pool: String,
    pub under3: i64,
    pub expires_at: i64,
}

pub async fn find(db: &Db, token: &str) -> Result<Option<HoldRow>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, clinic_day_id, pool, under3, expires_at FROM holds WHERE token_hash = $1")
            .bind(keys::storage_hash(token))
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// Gives a held place back at once (the family chose another day or left).
pub async fn release(
    db: &Db,
    token: &str,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(), StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let row: Option<(i64, String)> =
            sqlx::query_as("DELETE FROM holds WHERE token_hash = $1 RETURNING clinic_day_id, pool")
                .bind(keys::storage_hash(token))
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((day, pool)) = row {
            crate::store::freed::free(&mut tx, ClinicDayId::from(day), stored(pool)?, now, policy).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Gives back every expired hold's place (the background sweeper; days one at a time).
pub async fn sweep_all(db: &Db, now: i64, policy: &crate::store::waitlist::Policy) -> Result<u64, StoreError> {
    let days: Vec<i64> = sqlx::query_scalar("SELECT DISTINCT clinic_day_id FROM holds WHERE expires_at <= $1")
        .bind(now)
        .fetch_all(&db.pool)
        .await?;
    for day in &days {
        db.retry(|| async move {
            let mut tx = db.begin_write().await?;
            crate::store::freed::sweep_expired(&mut tx, ClinicDayId::from(*day), now, policy).await?;
            tx.commit().await?;
            Ok(())
        })
        .await?;
    }
    Ok(days.len() as u64)
}
