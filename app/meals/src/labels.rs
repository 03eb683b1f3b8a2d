//! The meal service's closed sets in words, in one place: each page, form,
//! chart and mail names a value through these.

pub mod certification;
pub mod dashboard;
pub mod footprint;
pub mod places;
pub mod sourcing;

pub use certification::*;
pub use dashboard::*;
pub use footprint::*;
pub use places::*;
pub use sourcing::*;
