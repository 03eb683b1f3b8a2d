//! The slow-food restaurant certification as a process: a restaurant
//! applies with its declarations; the county approves with a level, rejects
//! with reasons or asks for changes; a certificate has a number, a level and
//! a validity period, and is renewed (a new approval replaces it) or
//! revoked. The criteria themselves are in [`super::certification`].

mod application;
mod evidence;
mod issued;

pub use application::*;
pub use evidence::*;
pub use issued::*;

#[cfg(test)]
mod tests;
