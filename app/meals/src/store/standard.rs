//! Editions of the emission-factor standard: immutable JSON documents.
//! The latest edition is cached in memory; a new edition replaces the cache.

use domain::meals::Standard;
use platform::ssr::{Db, StoreError, db::stored_json, db::violates};
use std::sync::{Arc, RwLock};

/// Edition 1, built from the public data files by `tools/standard-import`.
pub const FIRST_EDITION: &str = include_str!("../../../../data/standard/edition-1.json");

#[derive(Clone, Default)]
pub struct StandardCache(Arc<RwLock<Option<Arc<Standard>>>>);

impl StandardCache {
    pub fn get(&self) -> Option<Arc<Standard>> {
        self.0.read().ok().and_then(|g| g.clone())
    }

    pub fn set(&self, s: Arc<Standard>) {
        if let Ok(mut g) = self.0.write() {
            *g = Some(s);
        }
    }
}

/// Seeds edition 1 into an empty table (part of every start-up, not only the demo).
pub async fn seed(db: &Db, now: i64) -> Result<(), StoreError> {
    let first: Standard = serde_json::from_str(FIRST_EDITION).map_err(|e| {
        tracing::error!(error = %e, "edition 1 does not parse");
        StoreError::Conflict("standard_editions_seed")
    })?;
    let res = sqlx::query(
        "INSERT INTO standard_editions (edition, data, note, created_by, created_at)
         SELECT 1, $1, $2, NULL, $3 WHERE NOT EXISTS (SELECT 1 FROM standard_editions)",
    )
    .bind(serde_json::to_string(&first).unwrap_or_default())
    .bind("Edition 1: imported from Agribalyse 3.1.1, Poore & Nemecek 2018, Ecobalyse metadata and Taiwan's 2023 grid factor")
    .bind(now)
    .execute(&db.pool)
    .await;
    match res {
        Ok(_) => Ok(()),
        // Another instance seeded it at the same moment.
        Err(e) if violates(&e, "standard_editions_edition_key", "standard_editions.edition") => Ok(()),
        Err(e) => Err(e.into()),
    }
}

pub async fn edition(db: &Db, edition: i64) -> Result<Option<Standard>, StoreError> {
    let data: Option<String> = sqlx::query_scalar("SELECT data FROM standard_editions WHERE edition = $1")
        .bind(edition)
        .fetch_optional(&db.pool)
        .await?;
    Ok(data.map(|d| stored_json("standard edition", &d)).transpose()?)
}

pub async fn latest(db: &Db, cache: &StandardCache) -> Result<Arc<Standard>, StoreError> {
    let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(edition) FROM standard_editions")
        .fetch_one(&db.pool)
        .await?;
    if let (Some(c), Some(n)) = (cache.get(), newest)
        && i64::from(c.edition) == n
    {
        return Ok(c);
    }
    let s = Arc::new(
        edition(db, newest.unwrap_or(1))
            .await?
            .ok_or(StoreError::Conflict("standard_editions_missing"))?,
    );
    cache.set(s.clone());
    Ok(s)
}

/// Publishes `std` as the next edition and returns its number. Two publications
/// at once cannot take the same number: the unique constraint refuses one,
/// which then takes the next.
pub async fn publish(
    db: &Db,
    cache: &StandardCache,
    std: &Standard,
    note: &str,
    by: domain::ids::UserId,
    now: i64,
) -> Result<u32, StoreError> {
    for _ in 0..5 {
        let next: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(edition), 0) + 1 FROM standard_editions")
            .fetch_one(&db.pool)
            .await?;
        let mut s = std.clone();
        s.edition = next as u32;
        let res = sqlx::query(
            "INSERT INTO standard_editions (edition, data, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(next)
        .bind(serde_json::to_string(&s).unwrap_or_default())
        .bind(note)
        .bind(by.get())
        .bind(now)
        .execute(&db.pool)
        .await;
        match res {
            Ok(_) => {
                cache.set(Arc::new(s));
                return Ok(next as u32);
            }
            Err(e) if violates(&e, "standard_editions_edition_key", "standard_editions.edition") => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::Busy)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EditionRow {
    pub edition: i64,
    pub note: String,
    pub created_at: i64,
    pub created_by: Option<String>,
}

pub async fn editions(db: &Db) -> Result<Vec<EditionRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT e.edition, e.note, e.created_at, u.email AS created_by
         FROM standard_editions e LEFT JOIN users u ON u.id = e.created_by ORDER BY e.edition DESC",
    )
    .fetch_all(&db.pool)
    .await?)
}
