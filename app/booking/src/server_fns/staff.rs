//! The centre's console: clinic days and the registrations on them. Every
//! function is limited to the signed-in staff member's own centre
//! (`platform::ssr::actor::CentreStaff`), and every read or change of a
//! registration is audited.

mod close_day;
mod get_day_detail;
mod open_days;
mod record_report;
mod reopen_day;
mod resize_day;
mod staff_act;
mod staff_days;

pub use crate::types::{OpenDaysForm, Opened};
pub use close_day::*;
pub use get_day_detail::*;
pub use open_days::*;
pub use record_report::*;
pub use reopen_day::*;
pub use resize_day::*;
pub use staff_act::*;
pub use staff_days::*;
