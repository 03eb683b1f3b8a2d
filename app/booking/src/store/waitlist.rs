//! The waitlist in the database: joining and leaving, the offers of freed
//! places (made in the very transaction that frees a place, with their
//! messages), the family's answer, and the lists staff and the city read.
//!
//! Who is offered a place is the domain's rule (`domain::booking::waitlist`).
//! The database holds the rules concurrency could break: an offer holds its
//! place by a hold on the day's counters (nobody else can book it, and a
//! place is held for one family only); `one_open_offer_per_family` lets no
//! family hold two offers; `one_wait_per_child` and the child's lock row
//! keep a child from waiting while booked.

mod answers;
mod endings;
mod join;
mod lists;
mod offers;
mod policy;
mod rows;
mod told;

pub use answers::*;
pub use endings::*;
pub use join::*;
pub use lists::*;
pub use offers::*;
pub use policy::*;
pub use rows::*;
pub use told::*;
