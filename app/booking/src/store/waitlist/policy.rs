//! What offers need besides the database: the site's address for the link
//! in the message, and how long a family has to answer.

use domain::booking::waitlist::{self as wl};
use std::sync::OnceLock;

/// What offers need besides the database: the site's address for the link
/// in the message, and how long a family has to answer.
#[derive(Clone, Debug)]
pub struct Policy {
    pub site: String,
    pub offer_hours: i64,
}

pub(crate) static POLICY: OnceLock<Policy> = OnceLock::new();

/// Set once when the server starts (offers are made wherever a place is
/// freed, down to the background sweeper, so they read it from here).
pub fn configure(policy: Policy) {
    if POLICY.set(policy).is_err() {
        tracing::debug!("waitlist policy already set");
    }
}

pub(crate) fn policy() -> &'static Policy {
    POLICY.get_or_init(|| Policy {
        site: "http://localhost:3000".into(),
        offer_hours: wl::OFFER_HOURS,
    })
}
