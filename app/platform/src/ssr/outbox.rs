//! The outbox: a message is written in the same transaction as the change it
//! reports, so either both are committed or neither is. The server's mail job
//! sends what the outbox holds, with back-off, and marks it sent.

use super::db::WriteTx;

/// A message to send once the transaction that wrote it commits.
#[derive(Clone, Debug)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// A calendar file (text/calendar) attached to the message.
    pub ics: Option<String>,
}

/// Adds `mail` to the outbox inside `tx`.
pub async fn enqueue(tx: &mut WriteTx, mail: &OutgoingMail, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_outbox (to_addr, subject, body, ics, created_at, next_attempt_at, attempts) VALUES ($1, $2, $3, $4, $5, $5, 0)",
    )
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(&mail.ics)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
