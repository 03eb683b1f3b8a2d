//! Server-only parts of the platform: state, database, keys, clock, rate
//! limits, authentication and the stores for accounts and the audit log.

pub mod actor;
pub mod audit;
pub mod auth_backend;
pub mod clock;
pub mod context;
pub mod db;
pub mod guard;
pub mod keys;
pub mod limits;
pub mod outbox;
pub mod sealed;
pub mod second_factor;
pub mod sessions;
pub mod sign_ins;
pub mod signup;
pub mod state;
pub mod users;
pub mod workplaces;

pub use context::Context;
pub use db::{Db, DbBackend, StoreError};
pub use state::{AppState, RuntimeConfig};
