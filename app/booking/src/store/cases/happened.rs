//! A case's history: each change as an event row, in the change's transaction.

use domain::Named;
use domain::booking::case::{CaseEventKind, ContactMethod};
use domain::ids::{CaseId, UserId};
use platform::ssr::db::WriteTx;

/// One entry of a case's history.
pub(crate) struct Happened<'a> {
    pub(crate) kind: CaseEventKind,
    pub(crate) on: chrono::NaiveDate,
    pub(crate) contact: Option<(ContactMethod, bool)>,
    pub(crate) note: &'a str,
}

impl Happened<'_> {
    pub(crate) fn plain(kind: CaseEventKind, on: chrono::NaiveDate) -> Self {
        Self {
            kind,
            on,
            contact: None,
            note: "",
        }
    }
}

pub(crate) async fn event(
    tx: &mut WriteTx,
    case_id: CaseId,
    actor: Option<UserId>,
    h: Happened<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO case_events (case_id, at, actor_user_id, kind, on_date, method, reached, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(case_id.get())
    .bind(now)
    .bind(actor.map(|v| v.get()))
    .bind(h.kind.as_str())
    .bind(h.on.to_string())
    .bind(h.contact.map(|(m, _)| m.as_str()))
    .bind(h.contact.map(|(_, reached)| i64::from(reached)))
    .bind(h.note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
