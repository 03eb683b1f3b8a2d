//! What a family does with its registrations: find one by reference and
//! birth date (no account needed), or see its own in its account; cancel;
//! reschedule.

mod cancel_by_reference;
mod cancel_found;
mod cancel_mine;
mod find_booking;
mod forget_found;
mod found_booking;
mod inquire;
mod my_registrations;
mod reschedule_by_reference;
mod reschedule_found;
mod reschedule_mine;

pub use cancel_by_reference::*;
pub use cancel_found::*;
pub use cancel_mine::*;
pub use find_booking::*;
pub use forget_found::*;
pub use found_booking::*;
pub use inquire::*;
pub use my_registrations::*;
pub use reschedule_by_reference::*;
pub use reschedule_found::*;
pub use reschedule_mine::*;
