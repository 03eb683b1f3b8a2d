//! Open to everyone: today's date, the centres, availability, therapy providers.

mod availability;
mod get_centre;
mod list_centres;
mod therapy_providers;
mod today;

pub use availability::*;
pub use get_centre::*;
pub use list_centres::*;
pub use therapy_providers::*;
pub use today::*;
