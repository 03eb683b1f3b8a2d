//! Applications: read, their steps, submitted and reviewed.

use super::evidence::*;
use domain::ids::{RestaurantId, UserId};
use domain::meals::certificate::{ApplicationStatus, CertificateTerms, Level, Review};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ApplicationRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
    pub criteria_edition: i64,
    #[sqlx(try_from = "String")]
    pub status: ApplicationStatus,
    pub declaration: String,
    pub measures: String,
    pub submitted_at: i64,
    pub decided_at: Option<i64>,
    pub decision_note: String,
}

pub(crate) const APPLICATION: &str =
    "SELECT a.id, a.restaurant_id, r.name_zh_tw AS restaurant_zh_tw, r.name_en AS restaurant_en,
    a.criteria_edition, a.status, a.declaration, a.measures, a.submitted_at, a.decided_at, a.decision_note
    FROM certification_applications a JOIN restaurants r ON r.id = a.restaurant_id";

pub async fn applications_of(db: &Db, r: RestaurantId) -> Result<Vec<ApplicationRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{APPLICATION} WHERE a.restaurant_id = $1 ORDER BY a.id DESC"))
            .bind(r.get())
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Every application, the open ones first, then the newest.
pub async fn all_applications(db: &Db) -> Result<Vec<ApplicationRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{APPLICATION} ORDER BY CASE WHEN a.status = 'submitted' THEN 0 WHEN a.status = 'changes_requested' THEN 1 ELSE 2 END, a.id DESC"
    ))
    .fetch_all(&db.pool)
    .await?)
}

pub async fn application(db: &Db, id: i64) -> Result<Option<ApplicationRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{APPLICATION} WHERE a.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub application_id: i64,
    pub action: String,
    pub note: String,
    pub at: i64,
}

pub async fn events(db: &Db, applications: &[i64]) -> Result<Vec<EventRow>, StoreError> {
    if applications.is_empty() {
        return Ok(Vec::new());
    }
    let list = applications.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    Ok(sqlx::query_as(&format!(
        "SELECT application_id, action, note, at FROM certification_events WHERE application_id IN ({list}) ORDER BY at, id"
    ))
    .fetch_all(&db.pool)
    .await?)
}

pub(crate) async fn event(
    tx: &mut WriteTx,
    application: i64,
    action: &str,
    note: &str,
    by: UserId,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO certification_events (application_id, action, note, actor_user_id, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(application)
    .bind(action)
    .bind(note)
    .bind(by.get())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Submits an application: the one sent back for changes is sent again
/// with the new declaration and figures; otherwise a new one is opened.
/// `None`: the restaurant has one waiting for the county already (the
/// partial unique index decides, so two submissions at once open one).
pub async fn submit(
    tx: &mut WriteTx,
    r: RestaurantId,
    edition: i64,
    declaration: &str,
    measures: &str,
    by: UserId,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let resent: Option<i64> = sqlx::query_scalar(
        "UPDATE certification_applications SET status = 'submitted', criteria_edition = $1, declaration = $2, measures = $3, submitted_at = $4
         WHERE restaurant_id = $5 AND status = 'changes_requested' RETURNING id",
    )
    .bind(edition)
    .bind(declaration)
    .bind(measures)
    .bind(now)
    .bind(r.get())
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = resent {
        event(tx, id, "resubmitted", "", by, now).await?;
        attach_evidence(tx, r, id).await?;
        return Ok(Some(id));
    }
    let inserted = sqlx::query_scalar(
        "INSERT INTO certification_applications (restaurant_id, criteria_edition, status, declaration, measures, submitted_at)
         VALUES ($1, $2, 'submitted', $3, $4, $5) RETURNING id",
    )
    .bind(r.get())
    .bind(edition)
    .bind(declaration)
    .bind(measures)
    .bind(now)
    .fetch_one(&mut **tx)
    .await;
    match inserted {
        Ok(id) => {
            event(tx, id, "submitted", "", by, now).await?;
            attach_evidence(tx, r, id).await?;
            Ok(Some(id))
        }
        Err(e)
            if platform::ssr::db::violates(
                &e,
                "certification_applications_one_open",
                "certification_applications.restaurant_id",
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// The county's decision on a submitted application (a conditional write:
/// `false` when it is no longer waiting). Approving issues the certificate,
/// numbered with the county's `prefix`, and replaces the restaurant's
/// current one (a renewal).
#[allow(clippy::too_many_arguments)]
pub async fn review(
    tx: &mut WriteTx,
    application: i64,
    restaurant: RestaurantId,
    r: Review,
    level: Option<Level>,
    reason: &str,
    terms: &CertificateTerms,
    prefix: &str,
    by: UserId,
    now: i64,
) -> Result<bool, StoreError> {
    use chrono::Datelike;
    use domain::Named;
    let done = sqlx::query(
        "UPDATE certification_applications SET status = $1, decided_at = $2, decided_by = $3, decision_note = $4
         WHERE id = $5 AND status = 'submitted'",
    )
    .bind(r.outcome().as_str())
    .bind(now)
    .bind(by.get())
    .bind(reason)
    .bind(application)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if !done {
        return Ok(false);
    }
    event(tx, application, r.outcome().as_str(), reason, by, now).await?;
    if let (Review::Approve, Some(level)) = (r, level) {
        sqlx::query(
            "UPDATE certificates SET replaced_at = $1 WHERE restaurant_id = $2 AND revoked_at IS NULL AND replaced_at IS NULL",
        )
        .bind(now)
        .bind(restaurant.get())
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO certificates (number, restaurant_id, application_id, level, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(domain::meals::certificate::number(prefix, terms.issued.year(), application))
        .bind(restaurant.get())
        .bind(application)
        .bind(level.as_str())
        .bind(terms.issued.to_string())
        .bind(terms.expires.to_string())
        .execute(&mut **tx)
        .await?;
    }
    Ok(true)
}
