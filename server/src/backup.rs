//! `server backup` and `server restore` for the embedded SQLite database.
//! A backup is taken while the server runs (`VACUUM INTO` reads one
//! consistent snapshot and writes a compact copy), checked, and made
//! readable by its owner only. A restore checks the copy, keeps the database
//! it replaces beside it, and applies the migrations of this version, so a
//! backup of an older version is upgraded. PostgreSQL is backed up with its
//! own tools (`pg_dump`, `pg_restore`; see `docs/operations.md`).
//!
//! The encrypted ID numbers in a backup are only readable with the secret
//! key (`SECRET_KEY` or `DATA_DIR/secret.key`), which is kept apart from the
//! backups on purpose.

use crate::db::sqlite_file;
use crate::settings::{DbKind, Settings};
use anyhow::{Context, Result, bail};
use sqlx::any::AnyPoolOptions;
use std::path::{Path, PathBuf};

const POSTGRES: &str =
    "this database is PostgreSQL: back it up with pg_dump and restore it with pg_restore (docs/operations.md)";

async fn open(file: &Path, write: bool) -> Result<sqlx::AnyPool> {
    sqlx::any::install_default_drivers();
    let mode = if write { "rw" } else { "ro" };
    AnyPoolOptions::new()
        .max_connections(1)
        .connect(&format!("sqlite://{}?mode={mode}", file.display()))
        .await
        .with_context(|| format!("opening {}", file.display()))
}

/// Checks that `file` is a whole SQLite database of this application.
async fn check_copy(file: &Path) -> Result<i64> {
    let pool = open(file, false).await?;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .context("checking the copy")?;
    if integrity != "ok" {
        bail!("{} is damaged: {integrity}", file.display());
    }
    let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(&pool)
        .await
        .with_context(|| format!("{} is not a database of this application", file.display()))?;
    pool.close().await;
    Ok(applied)
}

fn private(file: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("making {} private", file.display()))?;
    }
    Ok(())
}

/// Writes a consistent copy of the running database to `to`, which must not exist.
pub async fn backup(settings: &Settings, to: &Path) -> Result<()> {
    let (url, kind) = settings.database()?;
    if kind == DbKind::Postgres {
        bail!(POSTGRES);
    }
    if to.exists() {
        bail!("{} exists already; a backup never overwrites a file", to.display());
    }
    let file = sqlite_file(&url)?;
    if !file.exists() {
        bail!("there is no database at {}", file.display());
    }
    // Read-write, so that it can read the write-ahead log of a running
    // server (VACUUM INTO writes only the new file).
    let pool = open(&file, true).await?;
    sqlx::query("PRAGMA busy_timeout = 30000").execute(&pool).await?;
    let target = to.to_str().context("the backup's path is not valid UTF-8")?;
    // Made empty and private first (VACUUM INTO fills an empty file): the
    // copy is never readable by others, not even while it is written.
    crate::settings::write_private(to, "")?;
    if let Err(e) = sqlx::query("VACUUM INTO $1").bind(target).execute(&pool).await {
        let _ = std::fs::remove_file(to);
        return Err(e).with_context(|| format!("writing the backup to {}", to.display()));
    }
    pool.close().await;
    private(to)?;
    let migrations = check_copy(to).await?;
    let size = std::fs::metadata(to).map(|m| m.len()).unwrap_or_default();
    println!(
        "backup written to {} ({size} bytes, {migrations} migrations); keep the secret key apart from it",
        to.display()
    );
    Ok(())
}

/// Puts the backup `from` in place of the SQLite database (the server must
/// be stopped). An existing database is kept as `<file>.before-restore-<time>`,
/// and only with `replace`.
pub async fn restore(settings: &Settings, from: &Path, replace: bool) -> Result<()> {
    let (url, kind) = settings.database()?;
    if kind == DbKind::Postgres {
        bail!(POSTGRES);
    }
    let _lock = crate::data_lock::for_command(&settings.data_dir, "restore")?;
    check_copy(from).await?;
    let file = sqlite_file(&url)?;
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    if file.exists() {
        if !replace {
            bail!(
                "a database exists at {}; stop the server and pass --replace to set it aside and restore",
                file.display()
            );
        }
        let kept = file.with_extension(format!(
            "db.before-restore-{}",
            chrono::Utc::now().format("%Y%m%dT%H%M%S")
        ));
        std::fs::rename(&file, &kept).with_context(|| format!("setting aside {}", file.display()))?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", file.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", kept.display()))?;
            }
        }
        println!("the database it replaces is kept as {}", kept.display());
    }
    std::fs::copy(from, &file).with_context(|| format!("copying the backup to {}", file.display()))?;
    private(&file)?;
    // Upgrade it to this version and check every reference.
    let pool = open(&file, true).await?;
    crate::db::migrate(&pool, DbKind::Sqlite).await?;
    pool.close().await;
    println!("restored {} to {}", from.display(), file.display());
    Ok(())
}

#[cfg(test)]
mod tests;
