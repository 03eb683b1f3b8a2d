//! A district of the city that runs early intervention, where the
//! assessment centres are and families live: an area of the installation's
//! profile (`data/profiles/<name>/areas.csv`), stored by its key.

pub use crate::platform::area::AreaKey as District;
