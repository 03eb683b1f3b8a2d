//! tower-sessions store on the application database (both backends, one code
//! path). Session ids are stored hashed; records are JSON.

use super::{Db, keys::storage_hash};
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        loop {
            let json = serde_json::to_string(&record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
            let res = sqlx::query("INSERT INTO sessions (id_hash, data, expires_at) VALUES ($1, $2, $3)")
                .bind(storage_hash(&record.id.to_string()))
                .bind(json)
                .bind(record.expiry_date.unix_timestamp())
                .execute(&self.db.pool)
                .await;
            match res {
                Ok(_) => return Ok(()),
                // A 128-bit collision: draw another id.
                Err(e) if super::db::violates(&e, "sessions_pkey", "sessions.id_hash") => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let json = serde_json::to_string(&record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, data, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (id_hash) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
        )
        .bind(storage_hash(&record.id.to_string()))
        .bind(json)
        .bind(record.expiry_date.unix_timestamp())
        .execute(&self.db.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let row: Option<String> =
            sqlx::query_scalar("SELECT data FROM sessions WHERE id_hash = $1 AND expires_at > $2")
                .bind(storage_hash(&id.to_string()))
                .bind(now)
                .fetch_optional(&self.db.pool)
                .await
                .map_err(backend)?;
        row.map(|json| serde_json::from_str(&json).map_err(|e| session_store::Error::Decode(e.to_string())))
            .transpose()
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(storage_hash(&id.to_string()))
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
