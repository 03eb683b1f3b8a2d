//! Booking by API: hold a place (a bearer token comes back), give it back,
//! submit the registration with the token. The pages use the same use
//! cases through `book`, which keeps the token in a sealed cookie instead.

mod place_hold;
mod release_hold;
mod submit_registration;

pub use place_hold::*;
pub use release_hold::*;
pub use submit_registration::*;
