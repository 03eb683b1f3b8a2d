//! What the server remembers of sign-ins (`domain::platform::sign_in`):
//! failures per account across clients, and the clients each account
//! signed in from. Both are named by keyed hashes: the e-mail and the
//! client's address are not stored.

use super::outbox::{self, OutgoingMail};
use super::{Db, StoreError};
use domain::ids::UserId;
use domain::platform::sign_in::{FAILURE_WINDOW_SECS, recent_failures};

/// The failures on the account that still count at `now`.
pub async fn recent(db: &Db, account_key: &str, now: i64) -> Result<u32, sqlx::Error> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT failures, last_at FROM sign_in_failures WHERE account_key = $1")
            .bind(account_key)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map_or(0, |(n, at)| {
        recent_failures(u32::try_from(n).unwrap_or(u32::MAX), at, now)
    }))
}

/// Counts one failure on the account (a run older than the window starts again).
pub async fn failed(db: &Db, account_key: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sign_in_failures (account_key, failures, last_at) VALUES ($1, 1, $2)
         ON CONFLICT (account_key) DO UPDATE
           SET failures = CASE WHEN sign_in_failures.last_at <= $3 THEN 1 ELSE sign_in_failures.failures + 1 END,
               last_at = $2",
    )
    .bind(account_key)
    .bind(now)
    .bind(now - FAILURE_WINDOW_SECS)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// What the holder is told of a sign-in: that it came from a client the
/// account had not signed in from, and how many failures came before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notice {
    pub new_client: bool,
    pub failures: u32,
}

/// A successful sign-in, in one transaction: the account's failures are
/// cleared, the client is recorded, and when it is new (and the account had
/// signed in before) or failures came before it, the holder's mail is put
/// in the outbox.
pub async fn succeeded(
    db: &Db,
    account_key: &str,
    user: UserId,
    client_key: &str,
    now: i64,
    mail: impl Fn(Notice) -> OutgoingMail,
) -> Result<Option<Notice>, StoreError> {
    let mut tx = db.begin_write().await?;
    let failures: Option<(i64, i64)> =
        sqlx::query_as("DELETE FROM sign_in_failures WHERE account_key = $1 RETURNING failures, last_at")
            .bind(account_key)
            .fetch_optional(&mut *tx)
            .await?;
    let failures = failures.map_or(0, |(n, at)| {
        recent_failures(u32::try_from(n).unwrap_or(u32::MAX), at, now)
    });
    let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_clients WHERE user_id = $1")
        .bind(user.get())
        .fetch_one(&mut *tx)
        .await?;
    let added: Option<i64> = sqlx::query_scalar(
        "INSERT INTO sign_in_clients (user_id, client_key, first_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, client_key) DO NOTHING RETURNING 1",
    )
    .bind(user.get())
    .bind(client_key)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let notice = Notice {
        new_client: added.is_some() && known > 0,
        failures,
    };
    let told = notice.new_client || notice.failures > 0;
    if told {
        outbox::enqueue(&mut tx, &mail(notice), now).await?;
    }
    tx.commit().await?;
    Ok(told.then_some(notice))
}
