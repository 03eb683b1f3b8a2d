//! What the booking pages and server functions exchange.

mod cases;
mod centres;
mod city;
mod dashboard;
mod flow;
mod registration;
mod screening;
mod staff;
mod waitlist;

pub use cases::*;
pub use centres::*;
pub use city::*;
pub use dashboard::*;
pub use flow::*;
pub use registration::*;
pub use screening::*;
pub use staff::*;
pub use waitlist::*;
