//! Pieces shared by the booking pages: the calendar, a registration's card and
//! a clinic day's plan of sessions.

mod calendar;
mod registration_card;
mod session_plan;

pub use calendar::{Calendar, Choose};
pub use registration_card::{CardMode, ChangeNotice, RegistrationCard, VisitFacts};
pub use session_plan::SessionPlanList;
