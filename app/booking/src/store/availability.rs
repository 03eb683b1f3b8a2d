//! Places left, answered from memory while the database says nothing changed.
//!
//! Every update of a clinic day or a centre raises its `version` (a database
//! trigger, so no write can forget it). Before answering, the cache reads one
//! stamp: the sum and count of the versions of the days in the range, and the
//! sum of the centres' versions. Any committed write since the answer was
//! computed changes the stamp, so a family never sees a place a committed write
//! has taken. Holds that run out free their place without a write: an answer is
//! also only good until the first hold on its days expires, so a freed place
//! shows within the second. The stamp is read from the database, not from this
//! process, so several server instances on one PostgreSQL agree.

use super::clinic_days::{self, DayRow};
use platform::ssr::{Db, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// What was asked: the same arguments as [`clinic_days::between`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    pub from: String,
    pub to: String,
    pub centre: Option<domain::ids::CentreId>,
    pub district: Option<domain::booking::District>,
}

/// The database's word on whether anything in a range changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
struct Stamp {
    day_versions: i64,
    days: i64,
    centre_versions: i64,
}

/// One computed answer.
pub struct Snapshot {
    stamp: Stamp,
    /// The first instant (epoch seconds) at which a hold on these days runs out.
    valid_until: i64,
    pub rows: Vec<DayRow>,
    /// A rendering of `rows` kept by whoever serves them (the open-data JSON
    /// and its entity tag), made once per snapshot.
    pub rendered: OnceLock<Rendered>,
}

pub struct Rendered {
    pub body: Vec<u8>,
    pub etag: String,
}

/// Kept in the booking state; cheap to clone.
#[derive(Clone, Default)]
pub struct Availability {
    entries: Arc<Mutex<HashMap<Range, Arc<Snapshot>>>>,
}

/// Answers kept at most; past it the oldest are simply dropped (all of them:
/// the calendar asks for few distinct ranges, and recomputing is cheap).
const MAX_ENTRIES: usize = 256;

/// (PostgreSQL sums BIGINTs as NUMERIC, hence the casts.)
async fn stamp(db: &Db, from: &str, to: &str) -> Result<Stamp, StoreError> {
    Ok(sqlx::query_as(
        "SELECT
            (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM clinic_days WHERE day >= $1 AND day <= $2) AS day_versions,
            (SELECT COUNT(*) FROM clinic_days WHERE day >= $1 AND day <= $2) AS days,
            (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM centres) AS centre_versions",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&db.pool)
    .await?)
}

impl Availability {
    /// The clinic days of `range` at `now`, from memory when nothing changed.
    pub async fn between(&self, db: &Db, now: i64, range: &Range) -> Result<Arc<Snapshot>, StoreError> {
        // The stamp first, then the rows: a write that commits in between is
        // in the rows and not in the stamp, so the next request recomputes.
        let stamp = stamp(db, &range.from, &range.to).await?;
        if let Some(hit) = self.lookup(range, stamp, now) {
            metrics::counter!("availability_cache_total", "result" => "hit").increment(1);
            return Ok(hit);
        }
        metrics::counter!("availability_cache_total", "result" => "miss").increment(1);
        let rows = clinic_days::between(db, now, &range.from, &range.to, range.centre, range.district).await?;
        let valid_until = rows.iter().filter_map(|r| r.next_expiry).min().unwrap_or(i64::MAX);
        let snapshot = Arc::new(Snapshot {
            stamp,
            valid_until,
            rows,
            rendered: OnceLock::new(),
        });
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(range.clone(), snapshot.clone());
        Ok(snapshot)
    }

    fn lookup(&self, range: &Range, stamp: Stamp, now: i64) -> Option<Arc<Snapshot>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(range)
            .filter(|s| s.stamp == stamp && now < s.valid_until)
            .cloned()
    }
}
