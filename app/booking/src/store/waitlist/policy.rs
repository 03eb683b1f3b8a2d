//! What offers need besides the database: the letterhead of the message
//! (the site's address for its link, the city's words), and how long a
//! family has to answer. Part of the
//! service's settings (`BookingConfig::waitlist`), passed to every change
//! that may free a place (each offers it on in its own transaction).

/// How offers are made.
#[derive(Clone, Debug)]
pub struct Policy {
    pub head: crate::notify::Letterhead,
    pub offer_hours: i64,
}
