//! Caps on the messages sent at the government's cost (texts cost money per
//! message; mail costs reputation). Anyone may ask for a message to be sent
//! to any number (a referral, a waitlist join), so what is sent is capped
//! where it is sent, for every kind of message at once: per destination in
//! a day (no number or address is flooded, and a flood costs little), and
//! in all per hour (a runaway or an attack pauses sending and raises an
//! alert instead of running up the bill).

/// A day and an hour, in seconds.
pub const DAY_SECS: i64 = 86_400;
pub const HOUR_SECS: i64 = 3_600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caps {
    /// Messages one destination (a mobile number, an address) may be sent in a day.
    pub per_destination_day: u32,
    /// Messages sent in all in an hour.
    pub per_hour: u32,
}

/// What to do with the next message due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Send,
    /// Its destination had its day's share: kept, never sent.
    Capped,
    /// The hour's cap is reached: nothing more is sent until it passes.
    Paused,
}

impl Caps {
    /// `to_destination`: sent to the message's destination in the last day;
    /// `in_hour`: sent in all in the last hour.
    pub fn verdict(&self, to_destination: u32, in_hour: u32) -> Verdict {
        if in_hour >= self.per_hour {
            Verdict::Paused
        } else if to_destination >= self.per_destination_day {
            Verdict::Capped
        } else {
            Verdict::Send
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn the_hour_pauses_before_a_destination_is_capped() {
        let caps = Caps {
            per_destination_day: 3,
            per_hour: 10,
        };
        assert_eq!(caps.verdict(0, 0), Verdict::Send);
        assert_eq!(caps.verdict(3, 0), Verdict::Capped);
        assert_eq!(caps.verdict(0, 10), Verdict::Paused);
        assert_eq!(
            caps.verdict(3, 10),
            Verdict::Paused,
            "a paused message is kept for later"
        );
    }

    proptest! {
        /// Whatever is queued, no destination is sent more than its share
        /// and no more than the hour's cap go out.
        #[test]
        fn no_destination_and_no_hour_passes_its_cap(
            queue in proptest::collection::vec(0u8..6, 0..200),
            per_destination_day in 1u32..8,
            per_hour in 1u32..60,
        ) {
            let caps = Caps { per_destination_day, per_hour };
            let (mut sent, mut hour) = (HashMap::<u8, u32>::new(), 0);
            for to in queue {
                let n = sent.get(&to).copied().unwrap_or(0);
                match caps.verdict(n, hour) {
                    Verdict::Send => {
                        sent.insert(to, n + 1);
                        hour += 1;
                    }
                    Verdict::Capped => {}
                    Verdict::Paused => break,
                }
            }
            prop_assert!(hour <= per_hour);
            prop_assert!(sent.values().all(|&n| n <= per_destination_day));
        }
    }
}
