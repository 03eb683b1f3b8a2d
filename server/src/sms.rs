//! Outgoing text messages from the SMS outbox: sent through an HTTP SMS
//! gateway of the kind Taiwanese providers offer (a form post with account,
//! number and text), or written as files when no gateway is configured. Each
//! message is claimed before it is sent (a conditional update), so several
//! server instances never send the same one; a failed attempt is retried
//! with growing pauses, a refused one (a bad number) is kept and not retried.
//! The request that queued the message never waits for the gateway.

use crate::caps::{Gate, Outbox};
use crate::mail::backoff_seconds;
use anyhow::{Context, Result};
use domain::platform::sending::{Caps, Verdict};
use platform::ssr::Db;
use secrecy::{ExposeSecret, SecretString};
use std::path::PathBuf;
use std::time::Duration;

pub enum Transport {
    Gateway {
        url: String,
        user: String,
        password: SecretString,
        client: reqwest::Client,
    },
    Files(PathBuf),
}

pub fn transport(settings: &crate::settings::Settings) -> Result<Transport> {
    match &settings.sms_gateway_url {
        Some(url) => Ok(Transport::Gateway {
            url: url.clone(),
            user: settings.sms_gateway_user.clone().unwrap_or_default(),
            password: settings
                .sms_gateway_password
                .clone()
                .unwrap_or_else(|| SecretString::from(String::new())),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .context("the SMS gateway's HTTP client")?,
        }),
        None => {
            let dir = settings.data_dir.join("sms");
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            Ok(Transport::Files(dir))
        }
    }
}

#[derive(sqlx::FromRow)]
struct Pending {
    id: i64,
    to_phone: String,
    body: String,
    attempts: i64,
}

/// What became of one attempt.
enum Outcome {
    Sent,
    /// The gateway refused the message for good (4xx): not retried.
    Refused(String),
    /// The gateway or the network failed (5xx, timeout): retried later.
    Failed(String),
}

async fn send(transport: &Transport, p: &Pending) -> Outcome {
    match transport {
        Transport::Gateway {
            url,
            user,
            password,
            client,
        } => {
            let id = p.id.to_string();
            let form = [
                ("username", user.as_str()),
                ("password", password.expose_secret()),
                ("dstaddr", p.to_phone.as_str()),
                ("smbody", p.body.as_str()),
                // Gateways that know the id drop a repeat of the same message.
                ("clientid", id.as_str()),
            ];
            match client.post(url).form(&form).send().await {
                Ok(r) if r.status().is_success() => Outcome::Sent,
                Ok(r) if r.status().is_client_error() => Outcome::Refused(format!("gateway refused: {}", r.status())),
                Ok(r) => Outcome::Failed(format!("gateway answered {}", r.status())),
                // The error names the gateway's address, never the message.
                Err(e) => Outcome::Failed(format!("gateway unreachable: {}", e.without_url())),
            }
        }
        Transport::Files(dir) => {
            let text = format!("To: {}\n\n{}\n", p.to_phone, p.body);
            match tokio::fs::write(dir.join(format!("{}.txt", p.id)), text).await {
                Ok(()) => Outcome::Sent,
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
    }
}

/// How long a claimed message is left to its sender before another may try.
const CLAIM_SECONDS: i64 = 120;
/// After this many failed attempts a message stays in the outbox, unsent,
/// with its last error, for the operators to see.
const MAX_ATTEMPTS: i64 = 10;

/// Sends what is due; returns (sent, not sent).
pub async fn deliver_due(db: &Db, transport: &Transport, caps: Caps, now: i64) -> Result<(u32, u32)> {
    let due: Vec<Pending> = sqlx::query_as(
        "SELECT id, to_phone, body, attempts FROM sms_outbox
         WHERE sent_at IS NULL AND refused_at IS NULL AND capped_at IS NULL
           AND next_attempt_at <= $1 AND attempts < $2
         ORDER BY id LIMIT 20",
    )
    .bind(now)
    .bind(MAX_ATTEMPTS)
    .fetch_all(&db.pool)
    .await?;
    let (mut sent, mut failed) = (0, 0);
    let mut gate = Gate::open(db, Outbox::Sms, caps, now).await?;
    for p in due {
        match gate.verdict(db, p.id, &p.to_phone).await? {
            Verdict::Send => {}
            Verdict::Capped => continue,
            Verdict::Paused => break,
        }
        // Claim it: another instance that read it too finds it taken.
        let claimed = sqlx::query(
            "UPDATE sms_outbox SET next_attempt_at = $1
             WHERE id = $2 AND sent_at IS NULL AND refused_at IS NULL AND next_attempt_at <= $3",
        )
        .bind(now + CLAIM_SECONDS)
        .bind(p.id)
        .bind(now)
        .execute(&db.pool)
        .await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        match send(transport, &p).await {
            Outcome::Sent => {
                sqlx::query(
                    "UPDATE sms_outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
                )
                .bind(now)
                .bind(p.id)
                .execute(&db.pool)
                .await?;
                metrics::counter!("sms_sent_total").increment(1);
                gate.sent();
                sent += 1;
            }
            Outcome::Refused(e) => {
                sqlx::query(
                    "UPDATE sms_outbox SET refused_at = $1, attempts = attempts + 1, last_error = $2 WHERE id = $3",
                )
                .bind(now)
                .bind(&e)
                .bind(p.id)
                .execute(&db.pool)
                .await?;
                metrics::counter!("sms_refused_total").increment(1);
                tracing::warn!(sms_id = p.id, error = %e, "text message refused by the gateway; not retried");
                failed += 1;
            }
            Outcome::Failed(e) => {
                sqlx::query(
                    "UPDATE sms_outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3",
                )
                .bind(&e)
                .bind(now + backoff_seconds(p.attempts))
                .bind(p.id)
                .execute(&db.pool)
                .await?;
                metrics::counter!("sms_failed_total").increment(1);
                tracing::warn!(sms_id = p.id, attempts = p.attempts + 1, error = %e, "text message not sent; will retry");
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}
