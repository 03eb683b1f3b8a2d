//! The waitlist: who is offered a freed place, and in what order.
//!
//! A family whose preferred days are full waits for one centre, or for any
//! centre in the districts it chose, from a date on. When a place is freed,
//! the first family in line whose wish it matches is offered it, and the
//! place is held for that family until it accepts, declines or lets the
//! offer run out; then the next family is offered it.
//!
//! The order (told to families as it is written here):
//! 1. children under three on the day of the place (they have their own
//!    reserve of places, and the window for early intervention closes),
//! 2. first assessments before re-assessments,
//! 3. then first come, first served.
//!
//! A family holds at most one offer at a time, and a place is offered to at
//! most one family at a time. The store enforces both with unique
//! constraints; [`Waitlist`] is the model they implement, and what the
//! property test exercises.

use super::District;
use super::age::is_under_three_on;
use super::quota::Pool;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

crate::named::closed_set! {
    /// Where a waitlist entry stands: waiting, or ended because the child was
    /// booked (by an offer or otherwise) or the family left.
    pub enum WaitStatus {
        Waiting,
        Booked,
        Left,
    }
}

crate::named::closed_set! {
    /// What became of an offer: open until the family answers or it runs
    /// out; withdrawn when the family left or was booked elsewhere.
    pub enum OfferStatus {
        Open,
        Accepted,
        Declined,
        Expired,
        Withdrawn,
    }
}

/// The reference a waiting family keeps: `WL-` and eight characters, the
/// last a check character, in the shape of booking references.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WaitReference(String);

impl WaitReference {
    /// A reference from 35 random bits.
    pub fn from_random(bits: u64) -> Self {
        Self(super::reference::coded("WL-", bits))
    }

    /// Accepts what people type: lower case, spaces, dashes, with or without `WL`.
    pub fn parse(raw: &str) -> Result<Self, super::reference::ReferenceError> {
        super::reference::parse_coded("WL", raw).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The default time a family has to answer an offer.
pub const OFFER_HOURS: i64 = 24;
/// An offer that the start of the day would cut to less than this (or to
/// less than the offers' own length, when that is shorter) is not made: the
/// place goes back on the calendar instead.
pub const MIN_OFFER_SECONDS: i64 = 2 * 3600;

/// When an offer made at `now` runs out: after `hours`, or when the clinic
/// day starts (`day_starts_at`, epoch seconds) if that is sooner; `None`
/// when that would leave the family less than [`MIN_OFFER_SECONDS`] (or the
/// full length, when shorter).
pub fn offer_expires_at(now: i64, hours: i64, day_starts_at: i64) -> Option<i64> {
    let full = hours.max(1) * 3600;
    let ends = (now + full).min(day_starts_at);
    (ends - now >= full.min(MIN_OFFER_SECONDS)).then_some(ends)
}

/// Where and from when a family will take a place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub place: WishedPlace,
    /// The first day the family can come.
    pub from: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WishedPlace {
    /// One centre, by its id.
    Centre(i64),
    /// Any centre in these districts.
    Districts(BTreeSet<District>),
}

/// One child on the waitlist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiting {
    /// The entry's id (the order of joining breaks ties of `joined_at`).
    pub id: i64,
    /// When the family joined, epoch seconds.
    pub joined_at: i64,
    pub birth_date: NaiveDate,
    /// No joint assessment before (a re-assessment otherwise).
    pub first_assessment: bool,
    pub wish: Wish,
}

/// A place freed on a clinic day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreedPlace {
    pub centre: i64,
    pub district: District,
    pub day: NaiveDate,
    pub pool: Pool,
}

impl Waiting {
    /// Whether the family's wish covers the place and the child may take it
    /// (a place of the under-3 reserve only for a child under three on the day).
    pub fn matches(&self, place: &FreedPlace) -> bool {
        let somewhere = match &self.wish.place {
            WishedPlace::Centre(c) => *c == place.centre,
            WishedPlace::Districts(ds) => ds.contains(&place.district),
        };
        let may_take = place.pool == Pool::General || is_under_three_on(self.birth_date, place.day);
        somewhere && place.day >= self.wish.from && may_take
    }

    /// The entry's rank for a place on `day`: smaller is earlier in line.
    pub fn rank(&self, day: NaiveDate) -> (bool, bool, i64, i64) {
        (
            !is_under_three_on(self.birth_date, day),
            !self.first_assessment,
            self.joined_at,
            self.id,
        )
    }
}

/// The entry to offer `place` to: the first in line whose wish it matches,
/// among those not holding an offer already.
pub fn next_in_line<'a>(
    waiting: impl IntoIterator<Item = &'a Waiting>,
    place: &FreedPlace,
    holding: &BTreeSet<i64>,
) -> Option<&'a Waiting> {
    waiting
        .into_iter()
        .filter(|w| !holding.contains(&w.id) && w.matches(place))
        .min_by_key(|w| w.rank(place.day))
}

/// A family's place in line for its wish (1 is next), counting the entries
/// ahead of it for a general place on `day`.
pub fn position(waiting: &[Waiting], id: i64, day: NaiveDate) -> Option<usize> {
    let me = waiting.iter().find(|w| w.id == id)?;
    let ahead = waiting
        .iter()
        .filter(|w| w.id != id && w.rank(day) < me.rank(day) && wishes_overlap(&w.wish, &me.wish))
        .count();
    Some(ahead + 1)
}

/// Whether two wishes can compete for the same place.
fn wishes_overlap(a: &Wish, b: &Wish) -> bool {
    match (&a.place, &b.place) {
        (WishedPlace::Centre(x), WishedPlace::Centre(y)) => x == y,
        (WishedPlace::Districts(x), WishedPlace::Districts(y)) => !x.is_disjoint(y),
        // A centre's district is not known here: assume they may compete.
        _ => true,
    }
}

/// An honest estimate of the wait in whole weeks: the places offered to
/// this kind of wish in recent weeks, at that rate; none when nothing was
/// offered lately (then the family is told it cannot be estimated).
pub fn estimated_weeks(position: usize, offered_recently: u32, over_weeks: u32) -> Option<u32> {
    if offered_recently == 0 || over_weeks == 0 {
        return None;
    }
    let weeks = (position as u64 * u64::from(over_weeks)).div_ceil(u64::from(offered_recently));
    Some(u32::try_from(weeks).unwrap_or(u32::MAX))
}

/// The offers in play: which place is held for which entry. The model of
/// what the store keeps, with the two rules it enforces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Waitlist {
    pub waiting: BTreeMap<i64, Waiting>,
    /// Place id → the entry it is offered to.
    pub offers: BTreeMap<i64, i64>,
}

/// What happened to an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Accepted,
    Declined,
    Expired,
}

impl Waitlist {
    fn holding(&self) -> BTreeSet<i64> {
        self.offers.values().copied().collect()
    }

    /// Offers the freed place `place_id` to the next in line; `None` when no
    /// one waiting matches (the place goes back on the calendar).
    pub fn free(&mut self, place_id: i64, place: &FreedPlace) -> Option<i64> {
        if self.offers.contains_key(&place_id) {
            return None;
        }
        let holding = self.holding();
        let next = next_in_line(self.waiting.values(), place, &holding)?.id;
        self.offers.insert(place_id, next);
        Some(next)
    }

    /// The family's answer to the offer of `place_id`. Accepting takes the
    /// child off the list; declining or letting it expire keeps the child
    /// waiting and offers the place to the next in line other than that
    /// family.
    pub fn answer(&mut self, place_id: i64, place: &FreedPlace, answer: Answered) -> Option<i64> {
        let entry = self.offers.remove(&place_id)?;
        match answer {
            Answered::Accepted => {
                self.waiting.remove(&entry);
                None
            }
            Answered::Declined | Answered::Expired => {
                let mut holding = self.holding();
                holding.insert(entry);
                let next = next_in_line(self.waiting.values(), place, &holding)?.id;
                self.offers.insert(place_id, next);
                Some(next)
            }
        }
    }

    /// The family leaves the list (or was booked elsewhere); an offer it
    /// held goes to the next in line.
    pub fn leave(&mut self, entry: i64, places: &BTreeMap<i64, FreedPlace>) {
        self.waiting.remove(&entry);
        let held: Vec<i64> = self
            .offers
            .iter()
            .filter(|(_, e)| **e == entry)
            .map(|(p, _)| *p)
            .collect();
        for place_id in held {
            self.offers.remove(&place_id);
            if let Some(place) = places.get(&place_id) {
                self.free(place_id, place);
            }
        }
    }
}

#[cfg(test)]
mod tests;
