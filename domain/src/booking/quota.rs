//! How the places of one clinic day are shared out.
//!
//! A day has `total` places, of which `reserved_under3` are kept for children
//! under three (priority goes to them: the window for early intervention closes
//! with time). The rest are general places, open to every child. A child under
//! three takes a reserved place first and a general one when the reserve is
//! gone; an older child can only take a general place. The database enforces
//! exactly these bounds with conditional updates and CHECK constraints; this
//! module is the model they implement, and what the property tests exercise.

use serde::{Deserialize, Serialize};

/// The most places a centre can open on one day (a large centre sees about 20).
pub const MAX_PLACES_PER_DAY: u32 = 60;

/// A valid quota: built only through [`Quota::new`], deserialising included,
/// so `general()` cannot underflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "QuotaParts")]
pub struct Quota {
    total: u32,
    reserved_under3: u32,
}

/// The wire form of a quota, checked on the way in.
#[derive(Deserialize)]
struct QuotaParts {
    total: u32,
    reserved_under3: u32,
}

impl TryFrom<QuotaParts> for Quota {
    type Error = QuotaError;
    fn try_from(p: QuotaParts) -> Result<Self, QuotaError> {
        Quota::new(p.total, p.reserved_under3)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum QuotaError {
    #[error("a clinic day needs at least one place")]
    NoPlaces,
    #[error("too many places for one day")]
    TooMany,
    #[error("more places reserved for under-3s than places in all")]
    ReserveExceedsTotal,
}

impl Quota {
    pub fn new(total: u32, reserved_under3: u32) -> Result<Self, QuotaError> {
        if total == 0 {
            return Err(QuotaError::NoPlaces);
        }
        if total > MAX_PLACES_PER_DAY {
            return Err(QuotaError::TooMany);
        }
        if reserved_under3 > total {
            return Err(QuotaError::ReserveExceedsTotal);
        }
        Ok(Self { total, reserved_under3 })
    }

    pub fn total(&self) -> u32 {
        self.total
    }

    pub fn reserved_under3(&self) -> u32 {
        self.reserved_under3
    }

    pub fn general(&self) -> u32 {
        self.total - self.reserved_under3
    }
}

crate::named::closed_set! {
    /// Which share of the day's places a hold or registration occupies.
    pub enum Pool {
        General,
        Reserved,
    }
}

crate::named::closed_set! {
    /// Whether a clinic day takes bookings.
    pub enum DayStatus {
        Open,
        /// Closed by the centre (with a note to the families); takes no booking.
        Closed,
    }
}

impl Pool {
    /// The order in which pools are tried for a child.
    pub fn preference(under3: bool) -> &'static [Pool] {
        if under3 {
            &[Pool::Reserved, Pool::General]
        } else {
            &[Pool::General]
        }
    }
}

/// Places taken (held or registered) in each pool.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occupancy {
    pub general: u32,
    pub reserved: u32,
}

/// What the calendar shows: general places (any child) and reserved places (under-3s only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacesLeft {
    pub general: u32,
    pub reserved: u32,
}

impl PlacesLeft {
    pub fn for_child(&self, under3: bool) -> u32 {
        if under3 {
            self.general + self.reserved
        } else {
            self.general
        }
    }
}

pub fn places_left(q: Quota, o: Occupancy) -> PlacesLeft {
    PlacesLeft {
        general: q.general().saturating_sub(o.general),
        reserved: q.reserved_under3.saturating_sub(o.reserved),
    }
}

/// The pool a child would take now, or `None` when the day is full for them.
pub fn pool_for(q: Quota, o: Occupancy, under3: bool) -> Option<Pool> {
    let left = places_left(q, o);
    Pool::preference(under3).iter().copied().find(|p| match p {
        Pool::General => left.general > 0,
        Pool::Reserved => left.reserved > 0,
    })
}

impl Occupancy {
    pub fn take(&mut self, q: Quota, pool: Pool) -> bool {
        match pool {
            Pool::General if self.general < q.general() => self.general += 1,
            Pool::Reserved if self.reserved < q.reserved_under3 => self.reserved += 1,
            _ => return false,
        }
        true
    }

    pub fn release(&mut self, pool: Pool) {
        match pool {
            Pool::General => self.general = self.general.saturating_sub(1),
            Pool::Reserved => self.reserved = self.reserved.saturating_sub(1),
        }
    }

    pub fn total(&self) -> u32 {
        self.general + self.reserved
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("places already taken: {taken_general} general, {taken_reserved} reserved")]
pub struct ShrinkRefused {
    pub taken_general: u32,
    pub taken_reserved: u32,
}

/// A quota may change only if every place already taken still fits in its pool.
pub fn can_resize(new: Quota, o: Occupancy) -> Result<(), ShrinkRefused> {
    if o.general <= new.general() && o.reserved <= new.reserved_under3 {
        Ok(())
    } else {
        Err(ShrinkRefused {
            taken_general: o.general,
            taken_reserved: o.reserved,
        })
    }
}

/// The longest reason a centre gives, in each language, for closing a clinic day.
pub const CLOSURE_NOTE_MAX_CHARS: usize = 300;

#[cfg(test)]
mod tests;
