//! Connecting to SQLite or PostgreSQL and applying the migrations.

use crate::settings::{DbKind, Settings};
use anyhow::{Context, Result, bail};
use platform::ssr::{Db, DbBackend};
use sqlx::Executor;
use sqlx::any::AnyPoolOptions;
use std::path::PathBuf;
use std::time::Duration;

static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// The migrations of one kind of database, in order.
pub fn migrator(kind: DbKind) -> &'static sqlx::migrate::Migrator {
    match kind {
        DbKind::Sqlite => &SQLITE,
        DbKind::Postgres => &POSTGRES,
    }
}

/// Applies the migrations. On SQLite they run with foreign keys off, on one
/// connection: SQLite cannot change a table's constraints in place, and its
/// documented way (build the new table, copy, drop the old, rename) needs
/// them off, which no statement inside the migration's transaction can do.
/// Every reference is checked once they have run, and the server does not
/// start on a database where one points at nothing.
pub async fn migrate(pool: &sqlx::AnyPool, kind: DbKind) -> Result<()> {
    if kind == DbKind::Postgres {
        return migrator(kind).run(pool).await.context("applying database migrations");
    }
    let mut conn = pool.acquire().await.context("a connection to migrate on")?;
    conn.execute("PRAGMA foreign_keys = OFF").await?;
    let ran = migrator(kind).run(&mut *conn).await;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    ran.context("applying database migrations")?;
    let dangling = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *conn).await?;
    if !dangling.is_empty() {
        anyhow::bail!(
            "after the migrations {} row(s) refer to rows that do not exist",
            dangling.len()
        );
    }
    Ok(())
}

/// The SQLite file a `sqlite:` URL names.
pub fn sqlite_file(url: &str) -> Result<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        bail!("DATABASE_URL names no database file");
    }
    Ok(PathBuf::from(path))
}

pub async fn connect(settings: &Settings) -> Result<Db> {
    let (url, kind) = settings.database()?;
    if kind == DbKind::Sqlite {
        crate::settings::create_private_dir(&settings.data_dir)
            .with_context(|| format!("the data folder {}", settings.data_dir.display()))?;
    }
    let db = connect_url(&url, kind, settings.sqlite_busy_timeout_ms).await?;
    if kind == DbKind::Sqlite {
        // The database and its log: the server's user's only (SQLite gives
        // the log files it makes later the database file's mode).
        let file = sqlite_file(&url)?;
        for path in [file.clone(), suffixed(&file, "-wal"), suffixed(&file, "-shm")] {
            if path.exists() {
                crate::settings::make_private(&path)?;
            }
        }
    }
    Ok(db)
}

fn suffixed(file: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(format!("{}{suffix}", file.display()))
}

/// SQLite copies its write-ahead log back into the database file (a
/// checkpoint, which syncs both to disk) inside the commit that finds the log
/// longer than `wal_autocheckpoint` pages: on the write connection, whose
/// transactions run one at a time, that was 10 % of its time
/// (docs/performance.md). The server's checkpoint job ([`checkpoint`]) does it
/// beside the writes instead; the automatic one stays as a backstop, at about
/// 40 MB of log (4 KiB pages) rather than SQLite's 4 MB.
const AUTOCHECKPOINT_PAGES: u32 = 10_000;

/// Copies the write-ahead log into the database file without waiting for
/// (or stopping) readers or the writer: SQLite's `PASSIVE` checkpoint, on a
/// connection of the read pool. Gives the frames in the log and how many of
/// them are now in the database file; `None` on PostgreSQL, which has nothing
/// to do.
pub async fn checkpoint(db: &Db) -> Result<Option<(i64, i64)>, sqlx::Error> {
    if db.backend != DbBackend::Sqlite {
        return Ok(None);
    }
    let (_busy, log, copied): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
        .fetch_one(&db.pool)
        .await?;
    Ok(Some((log, copied)))
}

pub async fn connect_url(url: &str, kind: DbKind, busy_timeout_ms: u64) -> Result<Db> {
    sqlx::any::install_default_drivers();
    let sqlite_pool = |connections: u32| {
        AnyPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(Duration::from_secs(10))
            // A local file: no connection to test before each use.
            .test_before_acquire(false)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    // WAL lets readers work while one writer writes; a writer
                    // outside the write connection waits up to the busy timeout.
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute(format!("PRAGMA busy_timeout = {busy_timeout_ms}").as_str())
                        .await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute(format!("PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}").as_str())
                        .await?;
                    Ok(())
                })
            })
    };
    let pool = match kind {
        DbKind::Sqlite => sqlite_pool(8).connect(url).await,
        DbKind::Postgres => {
            AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
        }
    }
    .with_context(|| format!("connecting to the {kind:?} database"))?;
    migrate(&pool, kind).await?;
    Ok(match kind {
        // SQLite writes one transaction at a time: write transactions get one
        // connection of their own and queue for it (in order, woken the moment
        // it is free) instead of polling in SQLite's busy handler, and never
        // wait behind readers for a connection.
        DbKind::Sqlite => {
            let writer = sqlite_pool(1)
                .connect(url)
                .await
                .context("opening the SQLite write connection")?;
            Db::new(pool, DbBackend::Sqlite, Some(writer))
        }
        DbKind::Postgres => Db::new(pool, DbBackend::Postgres, None),
    })
}

/// Whether the database answers (for /healthz).
pub async fn healthy(db: &Db) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(&db.pool)
        .await
        .is_ok()
}
