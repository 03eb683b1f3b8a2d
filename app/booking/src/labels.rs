//! The words for the booking service's closed sets and outcomes, in the
//! reader's language: one place for every label its pages, mail and texts
//! show.

mod cases;
mod districts;
mod registration;
mod services;
mod triage;

pub use cases::*;
pub use districts::*;
pub use registration::*;
pub use services::*;
pub use triage::*;
