//! The platform's use cases, one a file: signing in and up, two-step
//! sign-in, the password, and the accounts administrators manage. Each
//! takes a [`Context`](crate::ssr::Context) and the actor it serves, never
//! the request; the server functions in `auth` and `accounts` are their
//! adapters.

pub mod begin_signup;
pub mod change_password;
pub mod create_account;
pub mod disable_second_factor;
pub mod enable_second_factor;
pub mod finish_signup;
pub mod list_accounts;
pub mod reset_account_password;
pub mod second_factor_setup;
pub mod set_account_active;
pub mod set_second_factor_rule;
pub mod sign_in;
