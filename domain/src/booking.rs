//! Early-intervention joint assessment (a city's service): who may book, when, and
//! how the places of a clinic day are shared out.

pub mod age;
pub mod case;
pub mod contact;
pub mod dashboard;
pub mod district;
pub mod guesses;
pub mod national_id;
pub mod opening;
pub mod quota;
pub mod reference;
pub mod referral;
pub mod registration;
pub mod report;
pub mod screening;
pub mod session_plan;
pub mod triage;
pub mod waiting;
pub mod waitlist;

pub use age::ChildAge;
pub use district::District;
pub use national_id::NationalId;
pub use quota::{DayStatus, Occupancy, Pool, Quota};
pub use reference::BookingReference;
pub use registration::RegistrationStatus;
pub use triage::{TriageInput, TriageOutcome};
