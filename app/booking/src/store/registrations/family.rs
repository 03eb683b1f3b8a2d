//! The family cancels or moves its booking (or its centre does so on its behalf).

use super::*;

/// The statuses a family may still change, as an SQL list, from the domain's
/// rule (`RegistrationStatus::changeable_by_family`), so the two cannot drift.
fn family_changeable_sql() -> String {
    RegistrationStatus::all()
        .filter(|s| s.changeable_by_family())
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cancels on the family's behalf (by the family itself or its centre).
pub async fn cancel(
    db: &Db,
    id: RegistrationId,
    actor: Option<UserId>,
    today: chrono::NaiveDate,
    now: i64,
    reason: &str,
    mail: MailFor<'_>,
) -> Result<Result<(), TransitionError>, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let sql = format!(
            "UPDATE registrations SET status = 'cancelled', active = 0, status_reason = $1, updated_at = $2
             WHERE id = $3 AND status IN ({})
               AND (SELECT day FROM clinic_days WHERE id = registrations.clinic_day_id) >= $4
             RETURNING pool, clinic_day_id",
            family_changeable_sql()
        );
        let row: Option<(String, ClinicDayId)> = sqlx::query_as(&sql)
            .bind(reason)
            .bind(now)
            .bind(id)
            .bind(today.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let Some((pool, day_id)) = row else {
            tx.commit().await?;
            let why = match by_id(db, id).await? {
                Some(r) => family_may_change(r.status, stored_date(&r.day)?, today).err(),
                None => Some(TransitionError::WrongStatus),
            };
            return Ok(Err(why.unwrap_or(TransitionError::WrongStatus)));
        };
        places::release(&mut tx, day_id, stored(pool)?).await?;
        event(&mut tx, id, actor, None, RegistrationStatus::Cancelled, reason, now).await?;
        notify_in(&mut tx, id, now, mail).await?;
        tx.commit().await?;
        Ok(Ok(()))
    })
    .await
}

pub enum Rescheduled {
    Done { day: String },
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
    today: chrono::NaiveDate,
    now: i64,
    mail: MailFor<'_>,
) -> Result<Rescheduled, StoreError> {
    if let Err(e) = family_may_change(row.status, stored_date(&row.day)?, today) {
        return Ok(Rescheduled::NotAllowed(e));
    }
    let Some(triage) = row.triage_input() else {
        return Ok(Rescheduled::NotAllowed(TransitionError::WrongStatus));
    };
    db.retry(|| {
        let triage = triage.clone();
        async move {
            let mut tx = db.begin_write().await?;
            let new_day: Option<String> =
                sqlx::query_scalar("SELECT day FROM clinic_days WHERE id = $1").bind(new_day_id).fetch_optional(&mut *tx).await?;
            let Some(new_date) = new_day.as_deref().and_then(parse_iso_date) else {
                return Ok(Rescheduled::Refused(Refusal::Missing));
            };
            if new_day_id == row.clinic_day_id {
                return Ok(Rescheduled::Refused(Refusal::Full));
            }
            if let Err(r) = may_book_on(&triage, today, new_date) {
                return Ok(Rescheduled::OutsideWindow(r));
            }
            let under3 = is_under_three_on(triage.birth_date, new_date);
            let pool = match places::take_sweeping(&mut tx, new_day_id, under3, now).await? {
                Ok(p) => p,
                Err(refusal) => return Ok(Rescheduled::Refused(refusal)),
            };
            let sql = format!(
                "UPDATE registrations SET clinic_day_id = $1, pool = $2, status = 'submitted', active = 1, updated_at = $3,
                        reminder_sent = 0
                 WHERE id = $4 AND clinic_day_id = $5 AND status IN ({})",
                family_changeable_sql()
            );
            let moved = sqlx::query(&sql)
            .bind(new_day_id)
            .bind(pool.as_str())
            .bind(now)
            .bind(row.id)
            .bind(row.clinic_day_id)
            .execute(&mut *tx)
            .await?;
            if moved.rows_affected() != 1 {
                // Changed meanwhile (cancelled, moved): roll back the new place too.
                return Ok(Rescheduled::NotAllowed(TransitionError::WrongStatus));
            }
            places::release(&mut tx, row.clinic_day_id, row.pool).await?;
            event(&mut tx, row.id, actor, Some(row.status), RegistrationStatus::Submitted, &format!("rescheduled from {}", row.day), now)
                .await?;
            notify_in(&mut tx, row.id, now, mail).await?;
            tx.commit().await?;
            Ok(Rescheduled::Done { day: new_day.unwrap_or_default() })
        }
    })
    .await
}
