//! Evidence files: kept waiting for the next application, attached as it is sent.

use domain::ids::{RestaurantId, UserId};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError};

/// The files waiting for the restaurant's next application go with this one.
pub(crate) async fn attach_evidence(tx: &mut WriteTx, r: RestaurantId, application: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE certification_evidence SET application_id = $1 WHERE restaurant_id = $2 AND application_id IS NULL",
    )
    .bind(application)
    .bind(r.get())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EvidenceRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub application_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub topic: domain::meals::certificate::EvidenceTopic,
    pub file_name: String,
    #[sqlx(try_from = "String")]
    pub format: domain::meals::certificate::EvidenceFormat,
    pub size: i64,
}

pub(crate) const EVIDENCE: &str =
    "SELECT id, restaurant_id, application_id, topic, file_name, format, size FROM certification_evidence";

/// Keeps an evidence file waiting for the restaurant's next application,
/// unless as many wait already (`None`).
#[allow(clippy::too_many_arguments)]
pub async fn add_evidence(
    db: &Db,
    r: RestaurantId,
    topic: domain::meals::certificate::EvidenceTopic,
    file_name: &str,
    format: domain::meals::certificate::EvidenceFormat,
    data: &[u8],
    by: UserId,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    use domain::Named;
    let mut tx = db.begin_write().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO certification_evidence (restaurant_id, topic, file_name, format, data, size, uploaded_by, uploaded_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8
         WHERE (SELECT COUNT(*) FROM certification_evidence WHERE restaurant_id = $1 AND application_id IS NULL) < $9
         RETURNING id",
    )
    .bind(r.get())
    .bind(topic.as_str())
    .bind(file_name)
    .bind(format.as_str())
    .bind(data.to_vec())
    .bind(data.len() as i64)
    .bind(by.get())
    .bind(now)
    .bind(domain::meals::certificate::MAX_PENDING_EVIDENCE)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The files waiting for the restaurant's next application.
pub async fn pending_evidence(db: &Db, r: RestaurantId) -> Result<Vec<EvidenceRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{EVIDENCE} WHERE restaurant_id = $1 AND application_id IS NULL ORDER BY id"
    ))
    .bind(r.get())
    .fetch_all(&db.pool)
    .await?)
}

/// The files sent with the given applications.
pub async fn evidence_of(db: &Db, applications: &[i64]) -> Result<Vec<EvidenceRow>, StoreError> {
    if applications.is_empty() {
        return Ok(Vec::new());
    }
    let list = applications.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    Ok(
        sqlx::query_as(&format!("{EVIDENCE} WHERE application_id IN ({list}) ORDER BY id"))
            .fetch_all(&db.pool)
            .await?,
    )
}

/// One file with its content.
pub async fn evidence_file(db: &Db, id: i64) -> Result<Option<(EvidenceRow, Vec<u8>)>, StoreError> {
    let row: Option<EvidenceRow> = sqlx::query_as(&format!("{EVIDENCE} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let data: Vec<u8> = sqlx::query_scalar("SELECT data FROM certification_evidence WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    Ok(Some((row, data)))
}

/// Takes back a file that waits for the next application (`false`: none such).
pub async fn remove_pending(db: &Db, r: RestaurantId, id: i64) -> Result<bool, StoreError> {
    Ok(sqlx::query(
        "DELETE FROM certification_evidence WHERE id = $1 AND restaurant_id = $2 AND application_id IS NULL",
    )
    .bind(id)
    .bind(r.get())
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}
