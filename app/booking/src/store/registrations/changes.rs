//! What every change of a registration writes beside it: its event, and its messages.

use super::queries::*;
use super::row::*;
use domain::Named;
use domain::booking::registration::RegistrationStatus;
use domain::ids::{RegistrationId, UserId};
use platform::ssr::db::WriteTx;

pub use platform::ssr::outbox::{Outgoing, OutgoingMail, OutgoingSms, enqueue_all};

/// The messages a change causes (mail, text messages, as the family chose),
/// made from the registration as the change left it.
pub type MessagesFor<'a> = &'a (dyn Fn(&RegistrationRow) -> Vec<Outgoing> + Send + Sync);

/// Reads the changed registration inside the transaction and puts its
/// messages in the outboxes there, so the change and its messages commit
/// together.
pub(crate) async fn notify_in(
    tx: &mut WriteTx,
    id: RegistrationId,
    now: i64,
    messages: MessagesFor<'_>,
) -> Result<(), sqlx::Error> {
    if let Some(row) = by_id_in(tx, id).await? {
        enqueue_all(tx, &messages(&row), now).await?;
    }
    Ok(())
}

pub(crate) async fn event(
    tx: &mut WriteTx,
    reg: RegistrationId,
    actor: Option<UserId>,
    from: Option<RegistrationStatus>,
    to: RegistrationStatus,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO registration_events (registration_id, at, actor_user_id, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(reg.get())
    .bind(now)
    .bind(actor.map(|v| v.get()))
    .bind(from.map(|s| s.as_str()))
    .bind(to.as_str())
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
