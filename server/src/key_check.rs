//! The secret key is the database's: checked at every start against a value
//! sealed with it (`key_check`), so that a server given another key stops
//! with the reason instead of starting cleanly, opening no ID number and
//! recognising no child.

use anyhow::{Result, bail};
use platform::ssr::Db;
use platform::ssr::keys::Keys;

/// The text sealed in `key_check`.
pub const SEALED_TEXT: &str = "the secret key of this database";

/// Checks `keys` against the database's: the sealed value when there is one;
/// on a database from before the check, its encrypted rows (the first of
/// each kind), then seals the value. Refuses, naming both key ids, when
/// the key opens neither.
pub async fn verify(db: &Db, keys: &Keys) -> Result<()> {
    let sealed: Option<String> = sqlx::query_scalar("SELECT sealed FROM key_check WHERE id = 1")
        .fetch_optional(&db.pool)
        .await?;
    if let Some(sealed) = sealed {
        if keys.decrypt(&sealed).as_deref() == Some(SEALED_TEXT) {
            return Ok(());
        }
        refuse(keys, &sealed)?;
    }
    for (table, column, _) in crate::rotate::ENCRYPTED {
        let first: Option<String> = sqlx::query_scalar(&format!(
            "SELECT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id LIMIT 1"
        ))
        .fetch_optional(&db.pool)
        .await?;
        if let Some(stored) = first.filter(|s| keys.decrypt(s).is_none()) {
            refuse(keys, &stored)?;
        }
    }
    sqlx::query("INSERT INTO key_check (id, sealed) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .bind(keys.encrypt(SEALED_TEXT))
        .execute(&db.pool)
        .await?;
    Ok(())
}

fn refuse(keys: &Keys, stored: &str) -> Result<()> {
    bail!(
        "the secret key (id {}) is not the key this database was written with (id {}): set SECRET_KEY, \
         or DATA_DIR/secret.key, to this database's key (after `server rotate-key`, the new one)",
        keys.id(),
        Keys::key_id_of(stored).unwrap_or("from before key ids")
    )
}
