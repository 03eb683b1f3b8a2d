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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_quota_from_the_wire_is_checked_like_a_new_one() {
        let ok: Quota = serde_json::from_str(r#"{"total":12,"reserved_under3":4}"#).expect("valid");
        assert_eq!(ok.general(), 8);
        for bad in [
            r#"{"total":3,"reserved_under3":5}"#,
            r#"{"total":0,"reserved_under3":0}"#,
            r#"{"total":61,"reserved_under3":0}"#,
        ] {
            assert!(serde_json::from_str::<Quota>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_child_under_three_uses_the_reserve_first_then_general_places() {
        let q = Quota::new(3, 1).unwrap();
        let mut o = Occupancy::default();
        assert_eq!(pool_for(q, o, true), Some(Pool::Reserved));
        assert!(o.take(q, Pool::Reserved));
        assert_eq!(pool_for(q, o, true), Some(Pool::General));
    }

    #[test]
    fn an_older_child_may_not_use_the_reserved_places() {
        let q = Quota::new(2, 1).unwrap();
        let mut o = Occupancy::default();
        assert!(o.take(q, Pool::General));
        assert_eq!(pool_for(q, o, false), None);
        assert_eq!(pool_for(q, o, true), Some(Pool::Reserved));
        assert_eq!(
            places_left(q, o),
            PlacesLeft {
                general: 0,
                reserved: 1
            }
        );
    }

    #[test]
    fn impossible_quotas_are_refused() {
        assert_eq!(Quota::new(0, 0), Err(QuotaError::NoPlaces));
        assert_eq!(Quota::new(4, 5), Err(QuotaError::ReserveExceedsTotal));
        assert_eq!(Quota::new(MAX_PLACES_PER_DAY + 1, 0), Err(QuotaError::TooMany));
    }

    #[test]
    fn shrinking_below_the_places_taken_is_refused() {
        let o = Occupancy {
            general: 3,
            reserved: 1,
        };
        assert!(can_resize(Quota::new(4, 1).unwrap(), o).is_ok());
        assert_eq!(
            can_resize(Quota::new(3, 1).unwrap(), o),
            Err(ShrinkRefused {
                taken_general: 3,
                taken_reserved: 1
            })
        );
        assert!(can_resize(Quota::new(4, 0).unwrap(), o).is_err());
    }

    #[derive(Clone, Debug)]
    enum Op {
        Take { under3: bool },
        Release(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            any::<bool>().prop_map(|under3| Op::Take { under3 }),
            any::<usize>().prop_map(Op::Release),
        ]
    }

    proptest! {
        // Holds, expiries, cancellations and reschedules all reduce to taking
        // and releasing places; whatever their order, no pool ever overflows.
        #[test]
        fn the_quota_is_never_exceeded_whatever_the_sequence(
            total in 1u32..12, reserved in 0u32..12, ops in proptest::collection::vec(op(), 0..200)
        ) {
            let q = Quota::new(total, reserved.min(total)).unwrap();
            let mut o = Occupancy::default();
            let mut held: Vec<Pool> = Vec::new();
            for op in ops {
                match op {
                    Op::Take { under3 } => {
                        let before = places_left(q, o).for_child(under3);
                        match pool_for(q, o, under3) {
                            Some(p) => {
                                prop_assert!(o.take(q, p));
                                prop_assert!(under3 || p == Pool::General);
                                held.push(p);
                            }
                            None => prop_assert_eq!(before, 0),
                        }
                    }
                    Op::Release(i) if !held.is_empty() => {
                        let p = held.swap_remove(i % held.len());
                        o.release(p);
                    }
                    Op::Release(_) => {}
                }
                prop_assert!(o.general <= q.general());
                prop_assert!(o.reserved <= q.reserved_under3());
                prop_assert_eq!(o.total() as usize, held.len());
            }
        }
    }
}
