//! Reminders two days before the assessment: marked sent with their messages.

use super::{changes::*, row::*};
use domain::ids::RegistrationId;
use platform::ssr::{Db, StoreError};

/// Confirmed registrations on `day` that have not had their reminder yet.
pub async fn due_reminders(db: &Db, day: &str) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE d.day = $1 AND r.status = 'confirmed' AND r.reminder_sent = 0");
    Ok(sqlx::query_as(&sql).bind(day).fetch_all(&db.pool).await?)
}

/// Completed assessments whose re-assessment window has opened by `opens_by`
/// (the re-assessment date is at most two months after it), not yet
/// reminded, for children with no active booking.
pub async fn due_reassess_reminders(db: &Db, reassess_by: &str) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!(
        "{SELECT} WHERE r.status = 'completed' AND r.reassess_reminded = 0 AND r.report_reassess_date IS NOT NULL
           AND r.report_reassess_date <= $1
           AND NOT EXISTS (SELECT 1 FROM registrations a WHERE a.child_key = r.child_key AND a.active = 1)"
    );
    Ok(sqlx::query_as(&sql).bind(reassess_by).fetch_all(&db.pool).await?)
}

/// Marks the re-assessment reminder sent, with its messages; once only.
pub async fn mark_reassess_reminded(
    db: &Db,
    id: RegistrationId,
    messages: &[Outgoing],
    now: i64,
) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query("UPDATE registrations SET reassess_reminded = 1 WHERE id = $1 AND reassess_reminded = 0")
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    let first = res.rows_affected() == 1;
    if first {
        enqueue_all(&mut tx, messages, now).await?;
    }
    tx.commit().await?;
    Ok(first)
}

pub async fn mark_reminded(db: &Db, id: RegistrationId, messages: &[Outgoing], now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query("UPDATE registrations SET reminder_sent = 1 WHERE id = $1 AND reminder_sent = 0")
        .bind(id.get())
        .execute(&mut *tx)
        .await?;
    if res.rows_affected() == 1 {
        enqueue_all(&mut tx, messages, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
