//! Rate limits on guessing and on costly requests: sign-in attempts, booking
//! inquiries, holds and sign-ups.
//! In-memory per instance (governor); with several instances behind a load
//! balancer each keeps its own count, which still bounds guessing per instance.

use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::num::NonZeroU32;
use std::time::Duration;

type Keyed = RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock>;

pub struct Limits {
    login: Keyed,
    inquiry: Keyed,
    holds: Keyed,
    signups: Keyed,
}

fn keyed(burst: u32, refill_every: Duration) -> Keyed {
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(refill_every)
        .unwrap_or_else(|| Quota::per_minute(NonZeroU32::MIN))
        .allow_burst(burst);
    RateLimiter::keyed(quota)
}

impl Limits {
    /// `login_burst` attempts per e-mail or address, then one more every 90 seconds.
    /// `signup_burst` sign-ups per address, then one more every ten minutes
    /// (each hashes a password and sends a mail).
    pub fn new(login_burst: u32, inquiry_burst: u32, hold_burst: u32, signup_burst: u32) -> Self {
        Self {
            login: keyed(login_burst, Duration::from_secs(90)),
            inquiry: keyed(inquiry_burst, Duration::from_secs(45)),
            holds: keyed(hold_burst, Duration::from_secs(20)),
            signups: keyed(signup_burst, Duration::from_secs(600)),
        }
    }

    pub fn signup_allowed(&self, key: &str) -> bool {
        self.signups.check_key(&key.to_string()).is_ok()
    }

    pub fn login_allowed(&self, key: &str) -> bool {
        self.login.check_key(&key.to_string()).is_ok()
    }

    pub fn inquiry_allowed(&self, key: &str) -> bool {
        self.inquiry.check_key(&key.to_string()).is_ok()
    }

    pub fn hold_allowed(&self, key: &str) -> bool {
        self.holds.check_key(&key.to_string()).is_ok()
    }

    /// Drops keys whose budget is full again, so memory stays bounded.
    pub fn forget_idle(&self) {
        self.login.retain_recent();
        self.inquiry.retain_recent();
        self.holds.retain_recent();
        self.signups.retain_recent();
    }
}
