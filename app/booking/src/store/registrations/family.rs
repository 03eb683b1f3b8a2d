//! The family cancels or moves its booking (or its centre does so on its behalf).

use super::{changes::*, queries::*, row::*};
use crate::store::places::Refusal;
use domain::Named;
use domain::booking::age::is_under_three_on;
use domain::booking::registration::{RegistrationStatus, TransitionError, family_may_change};
use domain::booking::triage::{DayRefusal, may_book_on};
use domain::ids::{ClinicDayId, RegistrationId, UserId};
use platform::ssr::{Db, StoreError, db::stored_date};

/// Cancels on the family's behalf (by the family itself or its centre). The
/// registration is read in the transaction, the domain's rule
/// (`family_may_change`) decides, and the write applies only if the row is
/// still as read (same status, same day), so a change in between refuses.
pub async fn cancel(
    db: &Db,
    id: RegistrationId,
    actor: Option<UserId>,
    now: i64,
    reason: &str,
    messages: MessagesFor<'_>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Result<(), TransitionError>, StoreError> {
    let today = domain::platform::taipei::date_at(now);
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let Some(row) = by_id_in(&mut tx, id).await? else {
            return Ok(Err(TransitionError::WrongStatus));
        };
        if let Err(e) = family_may_change(row.status, stored_date(&row.day)?, today) {
            return Ok(Err(e));
        }
        let cancelled = sqlx::query(
            "UPDATE registrations SET status = 'cancelled', active = 0, status_reason = $1, updated_at = $2
             WHERE id = $3 AND status = $4 AND clinic_day_id = $5",
        )
        .bind(reason)
        .bind(now)
        .bind(id.get())
        .bind(row.status.as_str())
        .bind(row.clinic_day_id.get())
        .execute(&mut *tx)
        .await?;
        if cancelled.rows_affected() != 1 {
            return Ok(Err(TransitionError::WrongStatus));
        }
        crate::store::freed::free(&mut tx, row.clinic_day_id, row.pool, now, policy).await?;
        event(&mut tx, id, actor, None, RegistrationStatus::Cancelled, reason, now).await?;
        notify_in(&mut tx, id, now, messages).await?;
        tx.commit().await?;
        Ok(Ok(()))
    })
    .await
}

pub enum Rescheduled {
    Done,
    Refused(Refusal),
    NotAllowed(TransitionError),
    OutsideWindow(DayRefusal),
}

/// Moves a registration to another day in one step: the new place is taken and
/// the old one released in the same transaction, or nothing changes.
pub async fn reschedule(
    db: &Db,
    row: &RegistrationRow,
    new_day_id: ClinicDayId,
    actor: Option<UserId>,
    now: i64,
    messages: MessagesFor<'_>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Rescheduled, StoreError> {
    let today = domain::platform::taipei::date_at(now);
    if let Err(e) = family_may_change(row.status, stored_date(&row.day)?, today) {
        return Ok(Rescheduled::NotAllowed(e));
    }
    let triage = row.triage_input()?;
    db.retry(|| {
        let triage = triage.clone();
        async move {
            let mut tx = db.begin_write().await?;
            let new_day: Option<String> =
                sqlx::query_scalar("SELECT day FROM clinic_days WHERE id = $1").bind(new_day_id.get()).fetch_optional(&mut *tx).await?;
            let Some(new_date) = new_day.as_deref().map(stored_date).transpose()? else {
                return Ok(Rescheduled::Refused(Refusal::Missing));
            };
            if new_day_id == row.clinic_day_id {
                return Ok(Rescheduled::Refused(Refusal::Full));
            }
            if let Err(r) = may_book_on(&triage, today, new_date) {
                return Ok(Rescheduled::OutsideWindow(r));
            }
            let under3 = is_under_three_on(triage.birth_date, new_date);
            let pool = match crate::store::freed::take_sweeping(&mut tx, new_day_id, under3, now, policy).await? {
                Ok(p) => p,
                Err(refusal) => return Ok(Rescheduled::Refused(refusal)),
            };
            // Applies only if the registration is still as read and checked above.
            let moved = sqlx::query(
                "UPDATE registrations SET clinic_day_id = $1, pool = $2, status = 'submitted', active = 1, updated_at = $3,
                        reminder_sent = 0
                 WHERE id = $4 AND clinic_day_id = $5 AND status = $6",
            )
            .bind(new_day_id.get())
            .bind(pool.as_str())
            .bind(now)
            .bind(row.id.get())
            .bind(row.clinic_day_id.get())
            .bind(row.status.as_str())
            .execute(&mut *tx)
            .await?;
            if moved.rows_affected() != 1 {
                // Changed meanwhile (cancelled, moved): roll back the new place too.
                return Ok(Rescheduled::NotAllowed(TransitionError::WrongStatus));
            }
            crate::store::freed::free(&mut tx, row.clinic_day_id, row.pool, now, policy).await?;
            event(&mut tx, row.id, actor, Some(row.status), RegistrationStatus::Submitted, &format!("rescheduled from {}", row.day), now)
                .await?;
            notify_in(&mut tx, row.id, now, messages).await?;
            tx.commit().await?;
            Ok(Rescheduled::Done)
        }
    })
    .await
}
