//! The city's dashboard: every figure it shows, computed from plain rows
//! (the store reads them; nothing here is SQL), so that the page, the CSV,
//! the open-data document and the public summary cannot disagree.
//!
//! - The wait and the 30-day rule are [`super::waiting`]'s.
//! - Capacity counts places of open clinic days. A place is *taken* by a
//!   registration that still holds it or was used (submitted, confirmed,
//!   checked in, completed, no-show); a cancelled or ineligible one freed
//!   it. A free place on a past day was *left empty*; on a later day it is
//!   *still free*.
//! - Where the need is: children by the district they live in (as the
//!   family or the referrer gave it), against places at centres in that
//!   district.
//! - A filter by centre narrows capacity and the children booked there; a
//!   filter by district narrows capacity to the district's centres and the
//!   children to those living there.

mod capacity;
mod city;
mod figures;
mod public;
mod rows;

pub use capacity::*;
pub use city::*;
pub use figures::*;
pub use public::*;
pub use rows::*;

#[cfg(test)]
mod tests;
