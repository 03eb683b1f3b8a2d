//! Sign-in, sign-out, registration, two-step sign-in and the password: the
//! server functions, one a file, each an adapter of its use case
//! (`crate::usecase`); the types the pages share are in `crate::account`.

mod change_password;
mod confirm_signup;
mod current_user;
mod disable_second_factor;
mod enable_second_factor;
mod login;
mod logout;
mod register;
mod second_factor_status;
mod workplace_areas;

pub use crate::account::{Me, SecondFactorView, safe_next};
pub use change_password::*;
pub use confirm_signup::*;
pub use current_user::*;
pub use disable_second_factor::*;
pub use enable_second_factor::*;
pub use login::*;
pub use logout::*;
pub use register::*;
pub use second_factor_status::*;
pub use workplace_areas::*;
