//! Rules shared by both services: accounts, roles and the calendar of Taiwan.

pub mod email;
pub mod password;
pub mod role;
pub mod taipei;

pub use email::Email;
pub use password::NewPassword;
pub use role::{Permission, Role};
