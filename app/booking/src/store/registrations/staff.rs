//! The centre's status changes and the assessment report, audited.

use super::{changes::*, row::*};
use domain::Named;
use domain::booking::registration::{RegistrationStatus, StaffAction, TransitionError, staff_transition};
use domain::ids::{CentreId, RegistrationId, UserId};
use platform::ssr::{Db, StoreError, audit, db::stored_date, db::violates};

/// What a member of a centre's staff does to a registration, and why.
pub struct StaffChange<'a> {
    pub action: StaffAction,
    pub actor: UserId,
    pub reason: &'a str,
}

/// A centre's status change. Frees the place when the registration leaves it
/// (ineligible, cancelled); audited.
pub async fn staff_apply(
    db: &Db,
    row: &RegistrationRow,
    change: StaffChange<'_>,
    today: chrono::NaiveDate,
    now: i64,
    messages: MessagesFor<'_>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Result<RegistrationStatus, TransitionError>, StoreError> {
    let StaffChange { action, actor, reason } = change;
    let from = row.status;
    let to = match staff_transition(from, action, stored_date(&row.day)?, today) {
        Ok(to) => to,
        Err(e) => return Ok(Err(e)),
    };
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        // Confirming is the staff's check: it clears the approval and the
        // review flag; the child's one-active-booking index refuses it while
        // another unflagged booking of the child is active.
        let res = sqlx::query(
            "UPDATE registrations SET status = $1, active = $2, status_reason = $3, updated_at = $4,
                    needs_approval = CASE WHEN $1 = 'confirmed' THEN 0 ELSE needs_approval END,
                    review = CASE WHEN $1 = 'confirmed' THEN NULL ELSE review END
             WHERE id = $5 AND status = $6",
        )
        .bind(to.as_str())
        .bind(i64::from(to.is_active()))
        .bind(if reason.is_empty() { None } else { Some(reason) })
        .bind(now)
        .bind(row.id.get())
        .bind(from.as_str())
        .execute(&mut *tx)
        .await;
        let res = match res {
            Err(e) if violates(&e, "one_active_registration_per_child", "registrations.child_key") => {
                return Ok(Err(TransitionError::OtherBooking));
            }
            res => res?,
        };
        if res.rows_affected() != 1 {
            return Ok(Err(TransitionError::WrongStatus));
        }
        if from.occupies_place() && !to.occupies_place() {
            crate::store::freed::free(&mut tx, row.clinic_day_id, row.pool, now, policy).await?;
        }
        event(&mut tx, row.id, Some(actor), Some(from), to, reason, now).await?;
        let entry = audit::AuditEntry {
            actor_user_id: actor,
            action: to.as_str(),
            registration_id: Some(row.id),
            centre_id: Some(row.centre_id),
            case_id: None,
            detail: &format!("{} -> {}", from.as_str(), to.as_str()),
        };
        audit::record(&mut *tx, entry, now).await?;
        notify_in(&mut tx, row.id, now, messages).await?;
        tx.commit().await?;
        Ok(Ok(to))
    })
    .await
}

/// Records the team's report of a completed assessment at the staff
/// member's centre (written again if corrected); audited. `false` when the
/// registration is not a completed one of that centre: nothing changes.
pub async fn set_report(
    db: &Db,
    id: RegistrationId,
    centre_id: CentreId,
    report: &domain::booking::report::Report,
    actor: UserId,
    now: i64,
) -> Result<bool, StoreError> {
    let services = serde_json::to_string(&report.services).map_err(|e| sqlx::Error::Encode(e.into()))?;
    let mut tx = db.begin_write().await?;
    let res = sqlx::query(
        "UPDATE registrations SET report_written_on = $1, report_reassess_date = $2, report_services = $3,
                report_note = $4, updated_at = $5
         WHERE id = $6 AND status = 'completed' AND clinic_day_id IN (SELECT id FROM clinic_days WHERE centre_id = $7)",
    )
    .bind(report.written_on.to_string())
    .bind(report.reassess_on.to_string())
    .bind(services)
    .bind(&report.note)
    .bind(now)
    .bind(id.get())
    .bind(centre_id.get())
    .execute(&mut *tx)
    .await?;
    if res.rows_affected() == 1 {
        let entry = audit::AuditEntry {
            actor_user_id: actor,
            action: "report",
            registration_id: Some(id),
            centre_id: Some(centre_id),
            case_id: None,
            detail: "assessment report recorded",
        };
        audit::record(&mut *tx, entry, now).await?;
    }
    tx.commit().await?;
    Ok(res.rows_affected() == 1)
}
