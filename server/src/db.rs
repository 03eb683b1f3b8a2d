//! Connecting to SQLite or PostgreSQL and applying the migrations.

use crate::settings::{DbKind, Settings};
use anyhow::{Context, Result};
use platform::ssr::{Db, DbBackend};
use sqlx::Executor;
use sqlx::any::AnyPoolOptions;
use std::time::Duration;

static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

pub async fn connect(settings: &Settings) -> Result<Db> {
    let (url, kind) = settings.database()?;
    if kind == DbKind::Sqlite {
        std::fs::create_dir_all(&settings.data_dir)
            .with_context(|| format!("creating the data folder {}", settings.data_dir.display()))?;
    }
    connect_url(&url, kind, settings.sqlite_busy_timeout_ms).await
}

pub async fn connect_url(url: &str, kind: DbKind, busy_timeout_ms: u64) -> Result<Db> {
    sqlx::any::install_default_drivers();
    let pool = match kind {
        DbKind::Sqlite => {
            AnyPoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .after_connect(move |conn, _| {
                    Box::pin(async move {
                        // WAL lets readers work while one writer writes; writers
                        // queue for up to 5 s instead of failing at once.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute(format!("PRAGMA busy_timeout = {busy_timeout_ms}").as_str())
                            .await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        Ok(())
                    })
                })
                .connect(url)
                .await
        }
        DbKind::Postgres => {
            AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
        }
    }
    .with_context(|| format!("connecting to the {kind:?} database"))?;
    let migrator = match kind {
        DbKind::Sqlite => &SQLITE,
        DbKind::Postgres => &POSTGRES,
    };
    migrator.run(&pool).await.context("applying database migrations")?;
    let backend = match kind {
        DbKind::Sqlite => DbBackend::Sqlite,
        DbKind::Postgres => DbBackend::Postgres,
    };
    Ok(Db::new(pool, backend))
}

/// Whether the database answers (for /healthz).
pub async fn healthy(db: &Db) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(&db.pool)
        .await
        .is_ok()
}
