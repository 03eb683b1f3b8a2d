//! Places and what became of them.

use super::rows::*;
use crate::booking::{Pool, RegistrationStatus};
use crate::stats::share;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Places and what became of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capacity {
    pub offered: usize,
    pub taken: usize,
    pub cancelled: usize,
    pub no_shows: usize,
    /// Free places of days that have passed.
    pub empty: usize,
    /// Free places of today and later days.
    pub still_free: usize,
    pub reserved_offered: usize,
    pub reserved_taken: usize,
    pub fast_track: usize,
}

impl Capacity {
    /// The share of places taken.
    pub fn use_share(&self) -> Option<f64> {
        share(self.taken, self.offered)
    }

    /// The share of the under-3 reserve taken.
    pub fn reserve_use(&self) -> Option<f64> {
        share(self.reserved_taken, self.reserved_offered)
    }

    /// The share of taken places that were fast-tracked.
    pub fn fast_track_share(&self) -> Option<f64> {
        share(self.fast_track, self.taken)
    }

    /// The share of taken places on past days whose child did not come.
    pub fn no_show_share(&self) -> Option<f64> {
        share(self.no_shows, self.taken)
    }
}

/// Capacity of `days` given the `bookings` on them, as of `today`.
pub fn capacity<'a>(
    days: impl IntoIterator<Item = &'a OfferedDay>,
    bookings: impl IntoIterator<Item = &'a Booking>,
    today: NaiveDate,
) -> Capacity {
    let mut c = Capacity::default();
    let mut taken_on: HashMap<(i64, NaiveDate), usize> = HashMap::new();
    for b in bookings {
        if b.status == RegistrationStatus::Cancelled {
            c.cancelled += 1;
        }
        if !b.status.occupies_place() {
            continue;
        }
        *taken_on.entry((b.centre, b.day)).or_default() += 1;
        c.taken += 1;
        c.no_shows += usize::from(b.status == RegistrationStatus::NoShow);
        c.reserved_taken += usize::from(b.pool == Pool::Reserved);
        c.fast_track += usize::from(b.fast_track);
    }
    for d in days.into_iter().filter(|d| d.open) {
        c.offered += d.places as usize;
        c.reserved_offered += d.reserved as usize;
        let free = (d.places as usize).saturating_sub(taken_on.get(&(d.centre, d.day)).copied().unwrap_or(0));
        if d.day < today {
            c.empty += free;
        } else {
            c.still_free += free;
        }
    }
    c
}
