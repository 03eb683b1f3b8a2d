//! SQL for the booking service (server only). The quota and one-booking-per-child
//! invariants are enforced here by conditional updates, CHECK constraints and a
//! partial unique index, never by reading first and writing after.

pub mod availability;
pub mod cases;
pub mod centres;
pub mod clinic_days;
pub mod dashboard;
pub mod freed;
pub mod guesses;
pub mod holds;
pub mod institutions;
pub mod places;
pub mod providers;
pub mod registrations;
pub mod stored_triage;
pub mod waitlist;
