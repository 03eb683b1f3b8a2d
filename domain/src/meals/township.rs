//! A township (or the county's city) of the county that runs the meal
//! service, where the restaurants and local farms are: an area of the
//! installation's profile (`data/profiles/<name>/areas.csv`), stored by its
//! key; its names and office come from the profile.

pub use crate::platform::area::AreaKey as Township;
