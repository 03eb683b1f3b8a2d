//! Pure business rules of the two public services and of the platform they share.
//!
//! Nothing in this crate touches a web framework, a database, the network or the
//! clock: time and time zone are passed in. The same code runs natively on the
//! server (the authority when something is saved) and as WebAssembly in the
//! browser (live feedback while a parent or a cook types).

pub mod booking;
pub mod ids;
pub mod meals;
pub mod named;
pub mod platform;
pub mod stats;
pub mod text;
pub mod text_limits;

pub use named::Named;
pub use text::{Bilingual, Lang, Place};
