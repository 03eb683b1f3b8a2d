//! Guessing the birth date that opens a booking or a waitlist entry. The
//! reference is no secret (it is in the family's messages), so the birth
//! date is what protects the child's record: after a few wrong birth dates
//! for one reference within an hour, the reference is locked for an hour,
//! whoever asks and from wherever, and the family is told once. The lock is
//! kept for any well-formed reference, one that exists or not, so that it
//! says nothing about which references exist.

/// Wrong birth dates a reference takes within [`WINDOW_SECONDS`] before it locks.
pub const MAX_WRONG: i64 = 5;
/// The time over which wrong birth dates are counted.
pub const WINDOW_SECONDS: i64 = 3600;
/// How long a locked reference stays locked.
pub const LOCK_SECONDS: i64 = 3600;

/// What is known of the wrong birth dates given for one reference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Guesses {
    /// Wrong birth dates counted since `first_at`.
    pub wrong: i64,
    /// When the first of them was given (epoch seconds).
    pub first_at: i64,
    /// Locked until then (epoch seconds; 0 when never locked).
    pub locked_until: i64,
}

/// What a wrong birth date did to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AfterWrong {
    pub guesses: Guesses,
    /// This wrong birth date locked the reference (the family is told now).
    pub locked_now: bool,
}

impl Guesses {
    pub fn locked_at(&self, now: i64) -> bool {
        now < self.locked_until
    }

    /// Counts one more wrong birth date at `now`; a window that ran out
    /// starts a new count. The `MAX_WRONG`-th within the window locks.
    pub fn after_wrong(self, now: i64) -> AfterWrong {
        if self.locked_at(now) {
            return AfterWrong {
                guesses: self,
                locked_now: false,
            };
        }
        let fresh = self.wrong == 0 || now - self.first_at >= WINDOW_SECONDS;
        let (wrong, first_at) = if fresh {
            (1, now)
        } else {
            (self.wrong + 1, self.first_at)
        };
        if wrong >= MAX_WRONG {
            AfterWrong {
                guesses: Guesses {
                    wrong: 0,
                    first_at: now,
                    locked_until: now + LOCK_SECONDS,
                },
                locked_now: true,
            }
        } else {
            AfterWrong {
                guesses: Guesses {
                    wrong,
                    first_at,
                    locked_until: self.locked_until,
                },
                locked_now: false,
            }
        }
    }
}

#[cfg(test)]
mod tests;
