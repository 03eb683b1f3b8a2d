//! Rate limits on guessing and on costly requests: sign-in attempts, booking
//! inquiries, holds and sign-ups, per key (an address, an account).
//!
//! One instance counts in memory (governor). Several instances behind a load
//! balancer share their counts in the database instead (`SHARED_LIMITS`):
//! the same rule (GCRA: a budget of `burst` that refills one every
//! `period`), kept as each key's theoretical arrival time in `rate_limits`
//! and advanced by one conditional upsert, so two instances cannot both
//! spend the last unit.

use super::Db;
use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::num::NonZeroU32;
use std::time::Duration;

type Keyed = RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock>;

/// One kind of request's budget: `burst` at once, one more every `period`.
#[derive(Clone, Copy)]
struct Budget {
    name: &'static str,
    burst: u32,
    period: Duration,
}

pub struct Limits {
    login: (Budget, Keyed),
    inquiry: (Budget, Keyed),
    holds: (Budget, Keyed),
    signups: (Budget, Keyed),
    /// Counting in the database, shared by every instance on it.
    shared: Option<Db>,
}

fn keyed(b: Budget) -> (Budget, Keyed) {
    let burst = NonZeroU32::new(b.burst.max(1)).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(b.period)
        .unwrap_or_else(|| Quota::per_minute(NonZeroU32::MIN))
        .allow_burst(burst);
    (b, RateLimiter::keyed(quota))
}

impl Limits {
    /// `login_burst` attempts per e-mail or address, then one more every 90
    /// seconds; inquiries one more every 45 s, holds every 20 s; sign-ups
    /// one more every ten minutes (each hashes a password and sends a mail).
    pub fn new(login_burst: u32, inquiry_burst: u32, hold_burst: u32, signup_burst: u32) -> Self {
        let budget = |name, burst, secs| Budget {
            name,
            burst,
            period: Duration::from_secs(secs),
        };
        Self {
            login: keyed(budget("login", login_burst, 90)),
            inquiry: keyed(budget("inquiry", inquiry_burst, 45)),
            holds: keyed(budget("holds", hold_burst, 20)),
            signups: keyed(budget("signups", signup_burst, 600)),
            shared: None,
        }
    }

    /// The same limits, counted in `db` and so shared by every instance on it.
    pub fn shared_in(mut self, db: Db) -> Self {
        self.shared = Some(db);
        self
    }

    pub async fn login_allowed(&self, key: &str) -> bool {
        self.allowed(&self.login, key).await
    }

    pub async fn inquiry_allowed(&self, key: &str) -> bool {
        self.allowed(&self.inquiry, key).await
    }

    pub async fn hold_allowed(&self, key: &str) -> bool {
        self.allowed(&self.holds, key).await
    }

    pub async fn signup_allowed(&self, key: &str) -> bool {
        self.allowed(&self.signups, key).await
    }

    async fn allowed(&self, (budget, local): &(Budget, Keyed), key: &str) -> bool {
        let Some(db) = &self.shared else {
            return local.check_key(&key.to_string()).is_ok();
        };
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        let period = budget.period.as_millis() as i64;
        let tolerance = period * (i64::from(budget.burst.max(1)) - 1);
        // The arrival time moves on by one period from now or from where it
        // was, whichever is later, unless that is further ahead of now than
        // the burst allows: then nothing is written and nothing returned.
        let res: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
            "INSERT INTO rate_limits (key, tat) VALUES ($1, CAST($2 AS BIGINT) + $3)
             ON CONFLICT (key) DO UPDATE
               SET tat = (CASE WHEN rate_limits.tat > $2 THEN rate_limits.tat ELSE $2 END) + $3
               WHERE (CASE WHEN rate_limits.tat > $2 THEN rate_limits.tat ELSE $2 END) - $2 <= $4
             RETURNING tat",
        )
        .bind(format!("{}:{key}", budget.name))
        .bind(now_ms)
        .bind(period)
        .bind(tolerance)
        .fetch_optional(&db.pool)
        .await;
        match res {
            Ok(tat) => tat.is_some(),
            Err(e) => {
                // Refused rather than unlimited: the request needs the
                // database anyway.
                tracing::warn!(error = %e, "the shared rate limit could not be counted");
                false
            }
        }
    }

    /// Drops keys whose budget is full again, so memory (or the table) stays bounded.
    pub async fn forget_idle(&self) {
        self.login.1.retain_recent();
        self.inquiry.1.retain_recent();
        self.holds.1.retain_recent();
        self.signups.1.retain_recent();
        if let Some(db) = &self.shared {
            let now_ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64);
            if let Err(e) = sqlx::query("DELETE FROM rate_limits WHERE tat <= $1")
                .bind(now_ms)
                .execute(&db.pool)
                .await
            {
                tracing::warn!(error = %e, "old shared rate limits could not be dropped");
            }
        }
    }
}
