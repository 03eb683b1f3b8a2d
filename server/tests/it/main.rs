//! Integration tests through the real server (HTTP on a random port) against
//! real SQLite and PostgreSQL. Every test runs once per database: the SQLite
//! variant always, the PostgreSQL one when TEST_POSTGRES_URL is set (and it
//! must then pass; with REQUIRE_POSTGRES=1 a missing database is a failure).

// A failed step should stop the test with its message; `unwrap` is how tests
// say that (clippy allows it in #[test] functions but not in their helpers).
#![allow(clippy::unwrap_used)]

mod harness;

mod api;
mod auth;
mod backup;
mod booking;
mod calendar;
mod caps;
mod cases;
mod catalogue;
mod certification;
mod concurrency;
mod connections;
mod crash;
mod dashboards;
mod fixtures;
mod keys;
mod mail;
mod mail_words;
mod meals;
mod migrations;
mod ops;
mod profiles;
mod schema;
mod screening;
mod sign_in;
mod sms;
mod sourcing;
mod staff;
mod usecases;
mod waitlist;
mod wire;
