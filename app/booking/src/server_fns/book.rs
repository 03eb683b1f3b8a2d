//! The booking pages' steps: check, choose a day (the place is held), fill
//! in. Plain form posts that redirect, so they work with and without
//! JavaScript; between steps the family's answers and its hold live in a
//! sealed cookie on its device (`crate::kept::booking`), never in a URL or a
//! server-side session.

mod change_day;
mod check_answers;
mod current_step;
mod hold_day;
mod last_booking;
mod start_over;
mod submit_booking;

pub use change_day::*;
pub use check_answers::*;
pub use current_step::*;
pub use hold_day::*;
pub use last_booking::*;
pub use start_over::*;
pub use submit_booking::*;
