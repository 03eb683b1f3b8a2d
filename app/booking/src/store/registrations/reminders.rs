//! Reminders two days before the assessment: marked sent with their messages.

use super::*;

/// Confirmed registrations on `day` that have not had their reminder yet.
pub async fn due_reminders(db: &Db, day: &str) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE d.day = $1 AND r.status = 'confirmed' AND r.reminder_sent = 0");
    Ok(sqlx::query_as(&sql).bind(day).fetch_all(&db.pool).await?)
}

pub async fn mark_reminded(db: &Db, id: RegistrationId, messages: &[Outgoing], now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query("UPDATE registrations SET reminder_sent = 1 WHERE id = $1 AND reminder_sent = 0")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if res.rows_affected() == 1 {
        enqueue_all(&mut tx, messages, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
