//! The sending caps at the outboxes (`domain::platform::sending`): before a
//! text or a mail goes out, what was sent to its destination in the last
//! day and in all in the last hour are counted; a destination past its
//! share has the message kept unsent (`capped_at`), and past the hour's cap
//! sending pauses with an error logged and the gauge
//! `outbox_paused{outbox=…}` at 1, which the operations alert watches
//! (`docs/operations.md`). Several instances each count before they send:
//! together they may pass a cap by at most one batch each.

use anyhow::Result;
use domain::platform::sending::{Caps, DAY_SECS, HOUR_SECS, Verdict};
use platform::ssr::Db;

/// Which outbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outbox {
    Sms,
    Mail,
}

impl Outbox {
    fn name(self) -> &'static str {
        match self {
            Outbox::Sms => "sms",
            Outbox::Mail => "mail",
        }
    }
}

/// One batch's view of the caps.
pub struct Gate {
    outbox: Outbox,
    caps: Caps,
    in_hour: u32,
    now: i64,
}

impl Gate {
    /// Counts what went out in the last hour.
    pub async fn open(db: &Db, outbox: Outbox, caps: Caps, now: i64) -> Result<Self> {
        let sql = match outbox {
            Outbox::Sms => "SELECT COUNT(*) FROM sms_outbox WHERE sent_at > $1",
            Outbox::Mail => "SELECT COUNT(*) FROM mail_outbox WHERE sent_at > $1",
        };
        let n: i64 = sqlx::query_scalar(sql)
            .bind(now - HOUR_SECS)
            .fetch_one(&db.pool)
            .await?;
        let gate = Self {
            outbox,
            caps,
            in_hour: u32::try_from(n).unwrap_or(u32::MAX),
            now,
        };
        metrics::gauge!("outbox_paused", "outbox" => outbox.name()).set(0.0);
        Ok(gate)
    }

    /// Whether message `id` to `to` may go now; a capped one is marked so.
    pub async fn verdict(&self, db: &Db, id: i64, to: &str) -> Result<Verdict> {
        let sql = match self.outbox {
            Outbox::Sms => "SELECT COUNT(*) FROM sms_outbox WHERE to_phone = $1 AND sent_at > $2",
            Outbox::Mail => "SELECT COUNT(*) FROM mail_outbox WHERE to_addr = $1 AND sent_at > $2",
        };
        let n: i64 = sqlx::query_scalar(sql)
            .bind(to)
            .bind(self.now - DAY_SECS)
            .fetch_one(&db.pool)
            .await?;
        let verdict = self.caps.verdict(u32::try_from(n).unwrap_or(u32::MAX), self.in_hour);
        match verdict {
            Verdict::Send => {}
            Verdict::Capped => {
                let sql = match self.outbox {
                    Outbox::Sms => "UPDATE sms_outbox SET capped_at = $1 WHERE id = $2 AND sent_at IS NULL",
                    Outbox::Mail => "UPDATE mail_outbox SET capped_at = $1 WHERE id = $2 AND sent_at IS NULL",
                };
                sqlx::query(sql).bind(self.now).bind(id).execute(&db.pool).await?;
                metrics::counter!("outbox_capped_total", "outbox" => self.outbox.name()).increment(1);
                tracing::warn!(
                    outbox = self.outbox.name(),
                    message_id = id,
                    "a destination had its day's share: message kept unsent"
                );
            }
            Verdict::Paused => {
                metrics::gauge!("outbox_paused", "outbox" => self.outbox.name()).set(1.0);
                tracing::error!(
                    outbox = self.outbox.name(),
                    per_hour = self.caps.per_hour,
                    "the hour's cap on messages is reached: sending paused until it passes"
                );
            }
        }
        Ok(verdict)
    }

    /// One more went out.
    pub fn sent(&mut self) {
        self.in_hour = self.in_hour.saturating_add(1);
    }
}
