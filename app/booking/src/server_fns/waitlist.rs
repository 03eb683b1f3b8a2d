//! The waitlist: a family whose days are full joins (after the same triage
//! as a booking), sees its place in line, answers an offer of a freed place
//! or leaves. Families find their entry by its reference and the child's
//! birth date, as with a booking; staff see the families waiting for their
//! centre, the city every family waiting.

mod accept_found_offer;
mod accept_offer;
mod centre_waitlist;
mod city_waitlist;
mod decline_found_offer;
mod decline_offer;
mod find_wait;
mod forget_found_wait;
mod found_wait;
mod join_waitlist;
mod join_waitlist_step;
mod leave_found_wait;
mod leave_waitlist;
mod may_join;
mod waitlist_status;

pub use crate::types::JoinStepForm;
pub use accept_found_offer::*;
pub use accept_offer::*;
pub use centre_waitlist::*;
pub use city_waitlist::*;
pub use decline_found_offer::*;
pub use decline_offer::*;
pub use find_wait::*;
pub use forget_found_wait::*;
pub use found_wait::*;
pub use join_waitlist::*;
pub use join_waitlist_step::*;
pub use leave_found_wait::*;
pub use leave_waitlist::*;
pub use may_join::*;
pub use waitlist_status::*;
