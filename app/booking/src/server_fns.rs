//! Server functions of the booking service. Each checks who may call it,
//! parses its input into domain types, and calls the store.

pub mod book;
pub mod cases;
pub mod city;
pub mod dashboard;
pub mod family;
pub mod flow;
pub mod public;
pub mod screening;
pub mod staff;
pub mod waitlist;
