//! Demo registrations, for the demo loader only.

use crate::store::places::{self};
use domain::Named;
use domain::booking::registration::RegistrationStatus;
use domain::ids::{ClinicDayId, UserId};
use platform::ssr::{Db, StoreError};

/// A demo family's registration, written directly for a day (also today's),
/// with its place taken in the same transaction. Only the demo loader uses it.
pub struct DemoRegistration<'a> {
    pub day_id: ClinicDayId,
    pub reference: &'a str,
    pub child_key: &'a str,
    pub national_id_enc: &'a str,
    pub national_id_masked: &'a str,
    pub child_name: &'a str,
    pub birth_date: &'a str,
    pub status: RegistrationStatus,
    pub user_id: Option<UserId>,
    /// Flagged for the staff's check (a demo of a duplicate booking).
    pub review: Option<domain::booking::registration::Review>,
}

pub async fn insert_demo(db: &Db, d: &DemoRegistration<'_>, under3: bool, now: i64) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let Ok(pool) = places::take(&mut tx, d.day_id, under3).await? else {
        return Ok(false);
    };
    sqlx::query(
        "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
            national_id_masked, child_name, birth_date, filled_by, phone, email, high_risk, problem_domains, notes,
            user_id, is_demo, created_at, updated_at, review)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'parent', '0912000000', NULL, '[]', '[\"motor\",\"language_speech\"]',
                 '示範資料 demo', $11, 1, $12, $12, $13)",
    )
    .bind(d.reference)
    .bind(d.day_id.get())
    .bind(pool.as_str())
    .bind(d.status.as_str())
    .bind(i64::from(d.status.is_active()))
    .bind(d.child_key)
    .bind(d.national_id_enc)
    .bind(d.national_id_masked)
    .bind(d.child_name)
    .bind(d.birth_date)
    .bind(d.user_id.map(|v| v.get()))
    .bind(now)
    .bind(d.review.map(|r| r.as_str()))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}
