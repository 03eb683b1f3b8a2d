//! One store code path for SQLite and PostgreSQL through sqlx's `Any` driver:
//! `$n` placeholders, integers, floats and text only (instants are UTC epoch
//! seconds, dates ISO `YYYY-MM-DD` text), runtime queries with `FromRow`.

use sqlx::error::ErrorKind;
use sqlx::{AnyConnection, AnyPool};
use std::ops::{Deref, DerefMut};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbBackend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: DbBackend,
    /// SQLite lets one writer in at a time; the others would wait inside
    /// SQLite's busy handler, which sleeps and polls. Write transactions use
    /// this pool of one connection instead, queueing for it in order.
    /// PostgreSQL writes through `pool`.
    writer: Option<AnyPool>,
}

/// A write transaction; on SQLite it holds the write connection until it is
/// committed or dropped (rolled back).
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl Deref for WriteTx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database is busy (SQLite locked, PostgreSQL serialization failure or
    /// deadlock) even after retrying; the caller may try again.
    #[error("database busy")]
    Busy,
    /// A named constraint rejected the write.
    #[error("constraint {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

/// Whether an error is the database asking us to try again.
pub fn is_busy(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => {
            let code = d.code().map(|c| c.to_string()).unwrap_or_default();
            let msg = d.message();
            // SQLite: 5 SQLITE_BUSY, 6 SQLITE_LOCKED (and extended codes 261, 517, 262).
            matches!(
                code.as_str(),
                "5" | "6" | "261" | "517" | "262" | "40001" | "40P01" | "55P03"
            ) || msg.contains("database is locked")
        }
        sqlx::Error::PoolTimedOut => true,
        _ => false,
    }
}

/// Whether an error is a violation of the unique index or constraint `name`.
/// PostgreSQL reports the constraint's name; SQLite reports `table.column`, so
/// both spellings are accepted.
pub fn violates(e: &sqlx::Error, name: &str, sqlite_columns: &str) -> bool {
    match e {
        sqlx::Error::Database(d) => {
            matches!(d.kind(), ErrorKind::UniqueViolation | ErrorKind::CheckViolation)
                && (d.constraint() == Some(name) || d.message().contains(name) || d.message().contains(sqlite_columns))
        }
        _ => false,
    }
}

/// A column that may hold a record's id, read into `Option<Id>` of one of
/// `domain::ids` (`#[sqlx(try_from = "NullId")]`); a column that always
/// holds one is read with `#[sqlx(try_from = "i64")]`.
#[derive(Clone, Copy, Debug, sqlx::Type)]
#[sqlx(transparent)]
pub struct NullId(pub Option<i64>);

impl<T: From<i64>> From<NullId> for Option<T> {
    fn from(v: NullId) -> Self {
        v.0.map(T::from)
    }
}

/// A stored name read back as its closed set's member (for values read as
/// plain columns, outside a `FromRow`); a name outside the set fails the read.
pub fn stored<T>(name: String) -> Result<T, sqlx::Error>
where
    T: TryFrom<String>,
    T::Error: std::error::Error + Send + Sync + 'static,
{
    T::try_from(name).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// [`stored`] for a column that may be empty: no value is `None`, a name
/// outside the set still fails the read.
pub fn stored_opt<T>(name: Option<String>) -> Result<Option<T>, sqlx::Error>
where
    T: TryFrom<String>,
    T::Error: std::error::Error + Send + Sync + 'static,
{
    name.map(stored).transpose()
}

/// A stored ISO date read back (columns written from dates only); text that
/// is no date fails the read instead of standing for some other day.
pub fn stored_date(text: &str) -> Result<chrono::NaiveDate, sqlx::Error> {
    domain::platform::taipei::parse_iso_date(text)
        .ok_or_else(|| sqlx::Error::Decode(format!("a stored date is no date: {text:?}").into()))
}

/// Stored JSON written from typed values (`what` says which): one that does
/// not read back is wrong data, refused as [`stored_date`] refuses.
pub fn stored_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(text).map_err(|e| sqlx::Error::Decode(format!("stored {what} does not read back: {e}").into()))
}

/// A stored value that does not read back ([`stored_date`], [`stored_json`]),
/// logged and refused as the server's error rather than shown as something else.
pub fn unreadable(e: sqlx::Error) -> crate::AppError {
    StoreError::Sql(e).into()
}

impl Db {
    /// `writer`: SQLite's write connection (a pool of one); `None` for PostgreSQL.
    pub fn new(pool: AnyPool, backend: DbBackend, writer: Option<AnyPool>) -> Self {
        Db { pool, backend, writer }
    }

    /// Runs a write up to four times while the database reports itself busy,
    /// with a short growing pause; each attempt is its own transaction, so a
    /// failed attempt has changed nothing.
    pub async fn retry<T, F, Fut>(&self, mut attempt: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        let mut wait = 20u64;
        for _ in 0..4 {
            match attempt().await {
                Err(StoreError::Sql(e)) if is_busy(&e) => {
                    tokio::time::sleep(Duration::from_millis(wait + rand::random::<u64>() % wait)).await;
                    wait *= 3;
                }
                Err(StoreError::Busy) => {
                    tokio::time::sleep(Duration::from_millis(wait)).await;
                    wait *= 3;
                }
                other => return other,
            }
        }
        Err(StoreError::Busy)
    }

    /// `BEGIN` that takes the write lock at once on SQLite, so that a
    /// transaction never has to upgrade a read lock (which SQLite refuses
    /// instead of waiting). PostgreSQL's row locks need no such care.
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        let tx = match (&self.writer, self.backend) {
            (Some(writer), _) => writer.begin_with("BEGIN IMMEDIATE").await?,
            (None, DbBackend::Sqlite) => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            (None, DbBackend::Postgres) => self.pool.begin().await?,
        };
        Ok(WriteTx { tx })
    }
}

impl<S> From<StoreError> for crate::AppError<S> {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Busy => crate::AppError::Busy,
            StoreError::Sql(e) if is_busy(&e) => crate::AppError::Busy,
            StoreError::Conflict(c) => {
                tracing::warn!(constraint = c, "unmapped constraint violation");
                crate::AppError::InvalidInput
            }
            StoreError::Sql(e) => {
                tracing::error!(error = %e, "database error");
                crate::AppError::Internal
            }
        }
    }
}
