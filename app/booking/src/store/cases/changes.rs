//! A case manager's changes to an open case, each with its history and audit rows; the booking linked to a case.

use super::happened::*;
use domain::Named;
use domain::booking::case::{CaseEventKind, CaseOutcome, ContactMethod};
use domain::ids::{CaseId, RegistrationId, UserId};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError, audit};

/// Records that a case manager read a case.
pub async fn audit_read(db: &Db, case_id: CaseId, actor: UserId, now: i64) -> Result<(), StoreError> {
    audit::record(&db.pool, entry(actor, "case_read", case_id), now).await
}

pub(crate) fn entry(actor: UserId, action: &str, case_id: CaseId) -> audit::AuditEntry<'_> {
    audit::AuditEntry {
        actor_user_id: actor,
        action,
        registration_id: None,
        centre_id: None,
        case_id: Some(case_id),
        detail: "",
    }
}

/// What a case manager does to an open case.
pub enum CaseChange<'a> {
    /// Takes the case on (or gives it to another case manager).
    Assign { to: UserId },
    Contact {
        on: chrono::NaiveDate,
        method: ContactMethod,
        reached: bool,
        note: &'a str,
    },
    Close {
        on: chrono::NaiveDate,
        outcome: CaseOutcome,
        note: &'a str,
    },
}

/// Applies a change to an open case, with its event and audit entry; `false`
/// when the case is no longer open (nothing changed).
pub async fn change(
    db: &Db,
    case_id: CaseId,
    actor: UserId,
    c: &CaseChange<'_>,
    today: chrono::NaiveDate,
    now: i64,
) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let (res, happened) = match *c {
            CaseChange::Assign { to } => {
                let res = sqlx::query(
                    "UPDATE cases SET assigned_to = $1, updated_at = $2
                     WHERE id = $3 AND open = 1
                       AND EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND u.role = 'case_manager' AND u.active = 1)",
                )
                .bind(to.get())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                (res, Happened::plain(CaseEventKind::Assigned, today))
            }
            CaseChange::Contact {
                on,
                method,
                reached,
                note,
            } => {
                let res = sqlx::query(
                    "UPDATE cases SET first_contact_on = COALESCE(first_contact_on, $1), updated_at = $2
                     WHERE id = $3 AND open = 1",
                )
                .bind(on.to_string())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                let happened = Happened {
                    kind: CaseEventKind::Contact,
                    on,
                    contact: Some((method, reached)),
                    note,
                };
                (res, happened)
            }
            CaseChange::Close { on, outcome, note } => {
                let res = sqlx::query(
                    "UPDATE cases SET open = 0, outcome = $1, closed_on = $2, updated_at = $3
                     WHERE id = $4 AND open = 1",
                )
                .bind(outcome.as_str())
                .bind(on.to_string())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                let happened = Happened {
                    kind: CaseEventKind::Closed,
                    on,
                    contact: None,
                    note,
                };
                (res, happened)
            }
        };
        if res.rows_affected() != 1 {
            return Ok(false);
        }
        let action = format!("case_{}", happened.kind.as_str());
        event(&mut tx, case_id, Some(actor), happened, now).await?;
        audit::record(&mut *tx, entry(actor, &action, case_id), now).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}

/// Links a registration made for a case to it, inside the registration's
/// transaction: the booking and the case's record of it commit together.
pub async fn link_booking(
    tx: &mut WriteTx,
    case_id: CaseId,
    registration: RegistrationId,
    actor: Option<UserId>,
    on: chrono::NaiveDate,
    now: i64,
) -> Result<bool, StoreError> {
    let res = sqlx::query("UPDATE cases SET registration_id = $1, updated_at = $2 WHERE id = $3 AND open = 1")
        .bind(registration.get())
        .bind(now)
        .bind(case_id.get())
        .execute(&mut **tx)
        .await?;
    if res.rows_affected() != 1 {
        return Ok(false);
    }
    event(tx, case_id, actor, Happened::plain(CaseEventKind::Booked, on), now).await?;
    if let Some(actor) = actor {
        audit::record(&mut **tx, entry(actor, "case_booked", case_id), now).await?;
    }
    Ok(true)
}
