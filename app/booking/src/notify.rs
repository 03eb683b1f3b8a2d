//! Messages to families and the calendar file of a visit. Server only.
//!
//! Every line comes from the translation catalogue (`mail` namespace), so the
//! build fails when a key is missing in either language, as for the pages. A
//! mail carries both languages, Traditional Chinese first; a text message is
//! short and in the language the family booked in. No child's name or ID
//! number goes into a mail, a text or a calendar file: the reference is
//! enough. Families get what they chose: mail, text messages, or both.
//!
//! The messages are made from their own facts (`Recipient`, `Visit`,
//! `Offered`), never from the store's rows: the store hands them over.

mod calendar;
mod cases;
mod parts;
mod reminders;
mod visit;
mod waitlist;

pub use calendar::ics;
pub use cases::{case_opened, case_opened_sms};
pub use parts::{Letterhead, Recipient, Visit, locale_code, locale_of};
pub use reminders::{reassess, reference_locked};
pub use visit::{Notice, mail, sms, to_family};
pub use waitlist::{OfferEnd, Offered, offer, offer_ended, wait_joined};
