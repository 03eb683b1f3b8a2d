//! `server rotate-key`: a new secret key, with every encrypted value
//! ([`ENCRYPTED`]: the children's ID numbers, the authenticator secrets, the
//! key check) re-encrypted and every child's keyed hash recomputed under it,
//! in one transaction. Run it with the server stopped.
//!
//! With the key in `DATA_DIR/secret.key`: the new key is first written to
//! `secret.key.next`; the database changes; then `secret.key.next` becomes
//! `secret.key` and the old key is kept as `secret.key.retired-<time>` (the
//! backups made before need it). Interrupted at any point, running the
//! command again finishes the job: rows already under the new key are
//! left as they are, and the server refuses to start while a
//! `secret.key.next` is there. With `SECRET_KEY` set, the new key is
//! written to `secret.key.next` for the operator to put in its place.

use crate::settings::Settings;
use anyhow::{Context, Result, bail};
use domain::booking::NationalId;
use platform::ssr::Db;
use platform::ssr::keys::Keys;

/// What an encrypted column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    /// A child's ID number, with its keyed hash in `child_key` beside it.
    ChildId,
    /// A secret or a check value: re-encrypted alone.
    Secret,
}

/// Every encrypted column (table, column, what it holds). A test finds
/// every value sealed with the key in a database that every flow wrote to
/// and checks that its column is here.
pub const ENCRYPTED: [(&str, &str, Holds); 5] = [
    ("registrations", "national_id_enc", Holds::ChildId),
    ("waitlist", "national_id_enc", Holds::ChildId),
    ("cases", "national_id_enc", Holds::ChildId),
    ("users", "totp_secret", Holds::Secret),
    ("key_check", "sealed", Holds::Secret),
];

/// What a rotation changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Rows moved to the new key.
    pub moved: u64,
    /// Rows that were under the new key already (a rotation run again).
    pub already: u64,
}

/// Re-encrypts and re-hashes every row from `old` to `new`, in one
/// transaction: all rows or none. A row neither key opens stops it.
pub async fn rotate(db: &Db, old: &Keys, new: &Keys) -> Result<Rotated> {
    let mut done = Rotated::default();
    let mut tx = db.begin_write().await?;
    for (table, column, holds) in ENCRYPTED {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id"
        ))
        .fetch_all(&mut *tx)
        .await?;
        for (id, stored) in rows {
            if new.decrypt(&stored).is_some() {
                done.already += 1;
                continue;
            }
            let plain = old.decrypt(&stored).with_context(|| {
                format!(
                    "{table}.{column} row {id} (key {}) opens with neither the old key ({}) nor the new ({})",
                    Keys::key_id_of(&stored).unwrap_or("none"),
                    old.id(),
                    new.id()
                )
            })?;
            match holds {
                Holds::ChildId => {
                    let national_id = NationalId::parse(&plain)
                        .map_err(|_| anyhow::anyhow!("{table} row {id} holds no valid ID number"))?;
                    sqlx::query(&format!(
                        "UPDATE {table} SET {column} = $1, child_key = $2 WHERE id = $3"
                    ))
                    .bind(new.encrypt(national_id.expose()))
                    .bind(new.child_key(&national_id))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                Holds::Secret => {
                    sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE id = $2"))
                        .bind(new.encrypt(&plain))
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            done.moved += 1;
        }
    }
    // The lock rows are named by the old hashes; they are made again as needed.
    sqlx::query("DELETE FROM child_locks").execute(&mut *tx).await?;
    // So are the sign-in watch's rows: failures start again, and the next
    // sign-in of each account records its client without telling the holder.
    sqlx::query("DELETE FROM sign_in_failures").execute(&mut *tx).await?;
    sqlx::query("DELETE FROM sign_in_clients").execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(done)
}

fn new_secret_hex() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// The command: see the module's documentation.
pub async fn rotate_key(settings: &Settings) -> Result<()> {
    let dir = &settings.data_dir;
    let _lock = crate::data_lock::for_command(dir, "rotate-key")?;
    let next = dir.join("secret.key.next");
    let old_secret = settings.current_secret()?;
    // A rotation that was cut off left its key: finish with that one.
    let next_hex = match std::fs::read_to_string(&next) {
        Ok(hex) => hex.trim().to_string(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let hex = new_secret_hex();
            crate::settings::write_private(&next, &hex)?;
            hex
        }
        Err(e) => return Err(e).with_context(|| format!("reading {}", next.display())),
    };
    let from_env = settings.secret_key.is_some();
    // A key given as SECRET_KEY is used as its characters; one in a file as its bytes.
    let new_secret = if from_env {
        next_hex.as_bytes().to_vec()
    } else {
        hex::decode(&next_hex).with_context(|| format!("{} is not a hex key", next.display()))?
    };
    if new_secret == old_secret {
        if from_env {
            // SECRET_KEY holds the new key already: only the file is left.
            std::fs::remove_file(&next).with_context(|| format!("deleting {}", next.display()))?;
            println!("SECRET_KEY holds the new key; {} is deleted", next.display());
            return Ok(());
        }
        bail!("the new key is the current one");
    }
    let (old, new) = (Keys::from_secret(&old_secret), Keys::from_secret(&new_secret));
    let db = crate::db::connect(settings).await?;
    let done = rotate(&db, &old, &new).await?;
    db.pool.close().await;
    println!(
        "{} rows moved to key {} ({} were under it already)",
        done.moved,
        new.id(),
        done.already
    );
    if from_env {
        println!(
            "SECRET_KEY is set: put the contents of {} in SECRET_KEY, restart the server, then delete that file",
            next.display()
        );
        return Ok(());
    }
    let current = dir.join("secret.key");
    let retired = dir.join(format!(
        "secret.key.retired-{}",
        chrono::Utc::now().format("%Y%m%dT%H%M%S")
    ));
    // Copied, not moved: cut off here, secret.key still opens what the
    // database no longer needs, and the next run finds every row moved.
    std::fs::copy(&current, &retired).with_context(|| format!("keeping {}", retired.display()))?;
    crate::settings::make_private(&retired)?;
    std::fs::rename(&next, &current).with_context(|| format!("putting the new key in {}", current.display()))?;
    println!(
        "the new key is in {}; the old one is kept as {} for the backups made before: store it with them, away from this machine",
        current.display(),
        retired.display()
    );
    Ok(())
}
