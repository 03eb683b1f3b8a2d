//! Referral cases at the city's referral centre (brief, pipeline step 2).
//!
//! An institution (or the family itself) refers a child with a suspected
//! delay; the first referral of a child opens a case, later ones attach to
//! it while it is open. A case manager contacts the family, books the joint
//! assessment with them and closes the case with an outcome. The two clocks
//! of [`super::referral`] are shown wherever a case is.

mod changes;
mod kinds;
mod progress;
mod referral;

pub use changes::*;
pub use kinds::*;
pub use progress::*;
pub use referral::*;

#[cfg(test)]
mod tests;
