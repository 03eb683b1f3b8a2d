//! Rules shared by both services: accounts, roles and the calendar of Taiwan.

pub mod area;
pub mod calendar;
pub mod client;
pub mod email;
pub mod local_path;
pub mod name;
pub mod password;
pub mod profile;
pub mod role;
pub mod sending;
pub mod sign_in;
pub mod taipei;

pub use area::AreaKey;
pub use email::Email;
pub use name::parse_person_name;
pub use password::NewPassword;
pub use role::{Permission, Role};
