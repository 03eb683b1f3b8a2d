//! Registrations: the row and how to find one (here); submitting from a hold
//! (`submit`), the family's cancel and reschedule (`family`), the centre's
//! changes (`staff`), reminders and demo rows. Every change is one
//! transaction with the mail it causes.

mod changes;
mod queries;
mod row;

pub use changes::*;
pub use queries::*;
pub use row::*;

mod demo;
mod family;
mod reminders;
mod staff;
mod submit;

pub use demo::{DemoRegistration, insert_demo};
pub use family::{Rescheduled, cancel, reschedule};
pub use reminders::{due_reassess_reminders, due_reminders, mark_reassess_reminded, mark_reminded};
pub use staff::{StaffChange, set_report, staff_apply};
pub use submit::{NewRegistration, Submitted, Submitter, submit};
