//! Who read or changed a registration, and when. City administrators read this log.

use super::{Db, StoreError};
use domain::ids::{CaseId, CentreId, RegistrationId, UserId};

/// One audited action. `detail` never holds a child's ID number or name.
pub struct AuditEntry<'a> {
    pub actor_user_id: UserId,
    pub action: &'a str,
    pub registration_id: Option<RegistrationId>,
    pub centre_id: Option<CentreId>,
    /// A referral case read or changed.
    pub case_id: Option<CaseId>,
    pub detail: &'a str,
}

pub async fn record<'e, E>(exec: E, e: AuditEntry<'_>, now: i64) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, action, registration_id, centre_id, case_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now)
    .bind(e.actor_user_id.get())
    .bind(e.action)
    .bind(e.registration_id.map(|v| v.get()))
    .bind(e.centre_id.map(|v| v.get()))
    .bind(e.case_id.map(|v| v.get()))
    .bind(e.detail)
    .execute(exec)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_email: String,
    pub action: String,
    /// The registration's reference, or the referral case's number.
    pub registration_reference: Option<String>,
    pub centre_zh_tw: Option<String>,
    pub centre_en: Option<String>,
    pub detail: String,
}

/// The newest entries first, `limit` of them, optionally for one centre.
pub async fn list(db: &Db, centre_id: Option<CentreId>, limit: i64) -> Result<Vec<AuditRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.at, u.email AS actor_email, a.action,
                COALESCE(r.reference, k.number) AS registration_reference,
                c.name_zh_tw AS centre_zh_tw, c.name_en AS centre_en, a.detail
         FROM audit_log a
         JOIN users u ON u.id = a.actor_user_id
         LEFT JOIN registrations r ON r.id = a.registration_id
         LEFT JOIN cases k ON k.id = a.case_id
         LEFT JOIN centres c ON c.id = a.centre_id
         WHERE (a.centre_id = $1 OR $1 IS NULL)
         ORDER BY a.id DESC LIMIT $2",
    )
    .bind(centre_id.map(|v| v.get()))
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}
