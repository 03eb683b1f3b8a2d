//! How sign-in slows guessing without locking the holder out: failures are
//! counted per account across every client, and past a few of them every
//! attempt on that account waits a little longer, up to a few seconds; no
//! attempt with the right password is refused for them. A client that
//! guesses is refused by its own budget (per client, and per account and
//! client), never the holder on another.

use std::time::Duration;

/// Failures within this window count; an older run of failures starts again.
pub const FAILURE_WINDOW_SECS: i64 = 3600;

/// Failures on an account that cost nothing (a holder mistyping).
pub const FREE_FAILURES: u32 = 5;

/// The longest wait: the holder gets in after at most this long.
pub const MAX_DELAY: Duration = Duration::from_secs(8);

/// How long an attempt on an account waits before its password is checked,
/// after `recent` failures on it within the window: nothing for the first
/// few, then one second doubling each time, up to [`MAX_DELAY`].
pub fn delay_before_check(recent: u32) -> Duration {
    if recent < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (recent - FREE_FAILURES).min(16);
    Duration::from_secs(1u64 << doublings).min(MAX_DELAY)
}

/// The failures that still count at `now`, of `failures` the last of which was at `last_at`.
pub fn recent_failures(failures: u32, last_at: i64, now: i64) -> u32 {
    if now - last_at >= FAILURE_WINDOW_SECS {
        0
    } else {
        failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_few_failures_cost_nothing_then_the_wait_doubles_up_to_its_cap() {
        assert_eq!(delay_before_check(0), Duration::ZERO);
        assert_eq!(delay_before_check(FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(delay_before_check(FREE_FAILURES), Duration::from_secs(1));
        assert_eq!(delay_before_check(FREE_FAILURES + 2), Duration::from_secs(4));
        assert_eq!(delay_before_check(u32::MAX), MAX_DELAY);
    }

    #[test]
    fn failures_older_than_the_window_no_longer_count() {
        assert_eq!(recent_failures(7, 1_000, 1_000 + FAILURE_WINDOW_SECS - 1), 7);
        assert_eq!(recent_failures(7, 1_000, 1_000 + FAILURE_WINDOW_SECS), 0);
    }

    proptest! {
        /// The holder is never refused: the wait grows with the failures and never passes its cap.
        #[test]
        fn the_wait_grows_and_stays_bounded(n in 0u32..10_000) {
            let (d, next) = (delay_before_check(n), delay_before_check(n + 1));
            prop_assert!(d <= next);
            prop_assert!(next <= MAX_DELAY);
        }
    }
}
