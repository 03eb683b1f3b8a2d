//! The county's approval of restaurants: the list with each one's standing,
//! approve or suspend (the restaurant's staff are told by mail, in the same
//! transaction), and a restaurant's own view of its standing. One server
//! function a file, each an adapter of its use case.

mod county_restaurants;
mod decide_listing;
mod my_listing;

pub use county_restaurants::*;
pub use decide_listing::*;
pub use my_listing::*;
