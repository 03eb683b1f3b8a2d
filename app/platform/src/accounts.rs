//! Administrators create and manage the staff and administrator accounts
//! of their government: the server functions, one a file, each an adapter
//! of its use case (`crate::usecase`); the page is `pages::accounts`.

mod create_account;
mod list_accounts;
mod reset_account_password;
mod set_account_active;
mod set_second_factor_rule;

pub use crate::account::{AccountItem, AccountsView, Workplace, WorkplaceArea};
pub use create_account::*;
pub use list_accounts::*;
pub use reset_account_password::*;
pub use set_account_active::*;
pub use set_second_factor_rule::*;
