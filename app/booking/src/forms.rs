//! The booking service's forms, parsed once at the edge: the child, the
//! contact and the triage's answers that the booking, waitlist and referral
//! forms share, each with one `parse` into domain types (server side).

pub mod contact;
pub mod fields;
pub mod registration;
pub mod triage;
pub mod waitlist;

pub use contact::{Contact, ParsedContact};
pub use fields::{date, home_from_form, optional_date, optional_district};
pub use triage::triage_input;
