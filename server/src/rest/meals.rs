//! The meal service's REST API: the standard's factors and the calculator.
//! One handler a file; the request and answer types beside them.

mod document;
mod footprint;
mod footprint_in;
mod footprint_out;
mod ingredients;

pub use document::*;
pub use footprint::*;
pub use footprint_in::*;
pub use footprint_out::*;
pub use ingredients::*;
