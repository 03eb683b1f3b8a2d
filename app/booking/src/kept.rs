//! What a family's own device keeps between requests, in cookies sealed
//! with the server's key (`platform::ssr::sealed`): the booking's answers
//! and held place, the self-screening, the booking an inquiry found, the
//! referral just made. Never an identifier in a URL, never a server-side
//! session. Only the adapters (server functions) read and write them; a use
//! case takes what they hold as its input.

pub mod booking;
pub mod inquiry;
pub mod referral;
pub mod screening;
pub mod waitlist;
