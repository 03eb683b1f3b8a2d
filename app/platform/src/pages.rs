//! Pages of the platform: home, sign-in, registration, account, not found.

pub mod account;
pub mod accounts;
pub mod home;
pub mod login;
pub mod not_found;
pub mod register;
