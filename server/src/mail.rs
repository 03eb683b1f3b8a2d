//! Outgoing mail from the outbox table: sent by SMTP, or written as `.eml`
//! files when no SMTP server is configured. A failed attempt is retried with
//! growing pauses; the request that queued the mail never waits for it.

use crate::caps::{Gate, Outbox};
use anyhow::{Context, Result};
use domain::platform::sending::{Caps, Verdict};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use platform::ssr::Db;
use std::time::Duration;

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// `smtp://` sends with STARTTLS, required, unless the URL chooses its TLS
/// itself (`?tls=...`) or the relay is on this machine (a loopback host):
/// mail with families' names never crosses a network in clear text.
pub fn with_starttls(url: &str) -> String {
    let Some(rest) = url.strip_prefix("smtp://") else {
        return url.to_owned();
    };
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let local = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if local || url.contains("tls=") {
        return url.to_owned();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}tls=required")
}

pub fn transport(settings: &crate::settings::Settings) -> Result<Transport> {
    use secrecy::ExposeSecret;
    match &settings.smtp_url {
        Some(url) => {
            let t = AsyncSmtpTransport::<Tokio1Executor>::from_url(&with_starttls(url.expose_secret()))
                .context("SMTP_URL is not a valid SMTP URL")?
                .timeout(Some(Duration::from_secs(10)))
                .build();
            Ok(Transport::Smtp(t))
        }
        None => {
            let dir = settings.data_dir.join("mail");
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            Ok(Transport::Files(AsyncFileTransport::<Tokio1Executor>::new(dir)))
        }
    }
}

#[derive(sqlx::FromRow)]
struct Pending {
    id: i64,
    to_addr: String,
    subject: String,
    body: String,
    ics: Option<String>,
    attempts: i64,
}

fn build(from: &Mailbox, p: &Pending) -> Result<Message> {
    let to: Mailbox = p.to_addr.parse().context("recipient")?;
    let builder = Message::builder().from(from.clone()).to(to).subject(p.subject.clone());
    let text = SinglePart::plain(p.body.clone());
    let msg = match &p.ics {
        Some(ics) => builder.multipart(MultiPart::mixed().singlepart(text).singlepart(
            Attachment::new("assessment.ics".into()).body(
                ics.clone(),
                ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")?,
            ),
        ))?,
        None => builder.singlepart(text)?,
    };
    Ok(msg)
}

/// Pause before the next attempt: 1, 2, 4 … minutes, at most an hour (mail
/// and text messages alike).
pub(crate) fn backoff_seconds(attempts: i64) -> i64 {
    (60_i64 << attempts.clamp(0, 6)).min(3600)
}

/// Sends what is due; returns (sent, failed).
pub async fn deliver_due(db: &Db, transport: &Transport, from: &Mailbox, caps: Caps, now: i64) -> Result<(u32, u32)> {
    let due: Vec<Pending> = sqlx::query_as(
        "SELECT id, to_addr, subject, body, ics, attempts FROM mail_outbox
         WHERE sent_at IS NULL AND capped_at IS NULL AND next_attempt_at <= $1 AND attempts < 10
         ORDER BY id LIMIT 20",
    )
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    let (mut sent, mut failed) = (0, 0);
    let mut gate = Gate::open(db, Outbox::Mail, caps, now).await?;
    for p in due {
        match gate.verdict(db, p.id, &p.to_addr).await? {
            Verdict::Send => {}
            Verdict::Capped => continue,
            Verdict::Paused => break,
        }
        let result = match build(from, &p) {
            Ok(msg) => match transport {
                Transport::Smtp(t) => t.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
                Transport::Files(t) => t.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
            },
            Err(e) => Err(e.to_string()),
        };
        match result {
            Ok(()) => {
                sqlx::query(
                    "UPDATE mail_outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
                )
                .bind(now)
                .bind(p.id)
                .execute(&db.pool)
                .await?;
                metrics::counter!("mail_sent_total").increment(1);
                gate.sent();
                sent += 1;
            }
            Err(e) => {
                sqlx::query("UPDATE mail_outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3")
                    .bind(&e)
                    .bind(now + backoff_seconds(p.attempts))
                    .bind(p.id)
                    .execute(&db.pool)
                    .await?;
                metrics::counter!("mail_failed_total").increment(1);
                tracing::warn!(mail_id = p.id, attempts = p.attempts + 1, error = %e, "mail not sent; will retry");
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}

#[cfg(test)]
mod tests;
