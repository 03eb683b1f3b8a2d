//! Wrong birth dates given with a reference, counted and locked by the
//! domain's rule (`domain::booking::guesses`) in the database, so that every
//! server instance sees the same count. The lock row is taken first (an
//! upsert, which on PostgreSQL holds the row until the transaction ends), so
//! two wrong dates at once are both counted.

use domain::booking::guesses::Guesses;
use platform::ssr::db::WriteTx;
use platform::ssr::outbox::enqueue_all;
use platform::ssr::{Db, StoreError};

/// What is counted for the reference, if anything.
pub async fn of(db: &Db, reference: &str) -> Result<Option<Guesses>, StoreError> {
    let row: Option<(i64, i64, i64)> =
        sqlx::query_as("SELECT wrong, first_at, locked_until FROM reference_guesses WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(wrong, first_at, locked_until)| Guesses {
        wrong,
        first_at,
        locked_until,
    }))
}

/// Counts a wrong birth date for `reference`; when it locks the reference,
/// the family behind it (a booking or a waitlist entry, if one exists) is
/// told in the same transaction. Returns whether the reference is locked.
pub async fn wrong(db: &Db, reference: &str, now: i64, head: &crate::notify::Letterhead) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        sqlx::query(
            "INSERT INTO reference_guesses (reference, wrong, first_at, locked_until) VALUES ($1, 0, $2, 0)
             ON CONFLICT (reference) DO UPDATE SET wrong = reference_guesses.wrong",
        )
        .bind(reference)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let (wrong, first_at, locked_until): (i64, i64, i64) =
            sqlx::query_as("SELECT wrong, first_at, locked_until FROM reference_guesses WHERE reference = $1")
                .bind(reference)
                .fetch_one(&mut *tx)
                .await?;
        let after = Guesses {
            wrong,
            first_at,
            locked_until,
        }
        .after_wrong(now);
        sqlx::query("UPDATE reference_guesses SET wrong = $2, first_at = $3, locked_until = $4 WHERE reference = $1")
            .bind(reference)
            .bind(after.guesses.wrong)
            .bind(after.guesses.first_at)
            .bind(after.guesses.locked_until)
            .execute(&mut *tx)
            .await?;
        if after.locked_now {
            tell_family(&mut tx, reference, after.guesses.locked_until, head, now).await?;
            metrics::counter!("references_locked_total").increment(1);
        }
        tx.commit().await?;
        Ok(after.guesses.locked_at(now))
    })
    .await
}

/// The right birth date was given (the reference not locked): the count
/// starts again.
pub async fn right(db: &Db, reference: &str, now: i64) -> Result<(), StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        sqlx::query("DELETE FROM reference_guesses WHERE reference = $1 AND locked_until <= $2")
            .bind(reference)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Forgets counts whose window and lock both ended (the background sweeper).
pub async fn forget_old(db: &Db, now: i64) -> Result<u64, StoreError> {
    use domain::booking::guesses::WINDOW_SECONDS;
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let gone = sqlx::query("DELETE FROM reference_guesses WHERE first_at <= $1 AND locked_until <= $2")
            .bind(now - WINDOW_SECONDS)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(gone)
    })
    .await
}

async fn tell_family(
    tx: &mut WriteTx,
    reference: &str,
    until: i64,
    head: &crate::notify::Letterhead,
    now: i64,
) -> Result<(), sqlx::Error> {
    use crate::notify::reference_locked;
    let booking: Option<super::registrations::RegistrationRow> =
        sqlx::query_as(&format!("{} WHERE r.reference = $1", super::registrations::SELECT))
            .bind(reference)
            .fetch_optional(&mut **tx)
            .await?;
    if let Some(row) = booking {
        return enqueue_all(tx, &reference_locked(&row.recipient(), reference, until, head), now).await;
    }
    if let Some(entry) = super::waitlist::by_reference_in(tx, reference).await? {
        return enqueue_all(tx, &reference_locked(&entry.recipient(), reference, until, head), now).await;
    }
    Ok(())
}
