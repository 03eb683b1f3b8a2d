//! The slow-food certification's records: the criteria's editions,
//! applications, each step of the review, and certificates.

use domain::ids::UserId;
use domain::meals::certification::Criteria;
use platform::ssr::{Db, StoreError};
mod evidence;
pub use evidence::*;
mod certificates;
pub use certificates::*;
mod applications;
pub use applications::*;

/// The newest edition of the criteria, if the county has published one.
pub async fn latest_criteria(db: &Db) -> Result<Option<(i64, Criteria)>, StoreError> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT edition, criteria FROM certification_criteria ORDER BY edition DESC LIMIT 1")
            .fetch_optional(&db.pool)
            .await?;
    row.map(|(e, json)| {
        platform::ssr::db::stored_json::<Criteria>("certification criteria", &json)
            .map(|c| (e, c))
            .map_err(StoreError::Sql)
    })
    .transpose()
}

/// The criteria of one edition.
pub async fn criteria(db: &Db, edition: i64) -> Result<Option<Criteria>, StoreError> {
    let json: Option<String> = sqlx::query_scalar("SELECT criteria FROM certification_criteria WHERE edition = $1")
        .bind(edition)
        .fetch_optional(&db.pool)
        .await?;
    json.map(|j| platform::ssr::db::stored_json("certification criteria", &j).map_err(StoreError::Sql))
        .transpose()
}

/// Publishes the next edition of the criteria (one statement: two at once
/// cannot take the same number; the loser's primary key fails).
pub async fn publish_criteria(
    db: &Db,
    c: &Criteria,
    note: &str,
    by: Option<UserId>,
    now: i64,
) -> Result<i64, StoreError> {
    let json = serde_json::to_string(c).map_err(|_| StoreError::Conflict("criteria_json"))?;
    Ok(sqlx::query_scalar(
        "INSERT INTO certification_criteria (edition, criteria, note, created_by, created_at)
         SELECT COALESCE(MAX(edition), 0) + 1, $1, $2, $3, $4 FROM certification_criteria RETURNING edition",
    )
    .bind(json)
    .bind(note)
    .bind(by.map(|v| v.get()))
    .bind(now)
    .fetch_one(&db.pool)
    .await?)
}
