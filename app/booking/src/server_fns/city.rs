//! City administration: the centre directory, staff assignment, the audit
//! log, the institutions that refer children.

mod add_institution;
mod admin_centres;
mod assign_staff;
mod audit_log;
mod centre_staff_members;
mod list_institutions;
mod save_centre;

pub use crate::types::{CentreForm, InstitutionView, StaffMember};
pub use add_institution::*;
pub use admin_centres::*;
pub use assign_staff::*;
pub use audit_log::*;
pub use centre_staff_members::*;
pub use list_institutions::*;
pub use save_centre::*;
