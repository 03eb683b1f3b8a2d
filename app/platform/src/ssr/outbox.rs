//! The outbox: a message is written in the same transaction as the change it
//! reports, so either both are committed or neither is. The server's mail and
//! SMS jobs send what the outboxes hold, with back-off, and mark it sent.

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

/// A text message to a mobile number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingSms {
    pub to: String,
    pub body: String,
}

/// A message by either channel.
#[derive(Clone, Debug)]
pub enum Outgoing {
    Mail(OutgoingMail),
    Sms(OutgoingSms),
}

/// Adds `sms` to the SMS outbox inside `tx`.
pub async fn enqueue_sms(tx: &mut WriteTx, sms: &OutgoingSms, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sms_outbox (to_phone, body, created_at, next_attempt_at, attempts) VALUES ($1, $2, $3, $3, 0)",
    )
    .bind(&sms.to)
    .bind(&sms.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Adds every message to its outbox inside `tx`.
pub async fn enqueue_all(tx: &mut WriteTx, messages: &[Outgoing], now: i64) -> Result<(), sqlx::Error> {
    for m in messages {
        match m {
            Outgoing::Mail(mail) => enqueue(tx, mail, now).await?,
            Outgoing::Sms(sms) => enqueue_sms(tx, sms, now).await?,
        }
    }
    Ok(())
}
