//! The county curates the standard: each change is checked and published as
//! a new edition. One server function a file, each an adapter of its use case.

mod publish_change;
mod publish_edition_file;

pub use publish_change::*;
pub use publish_edition_file::*;
