//! Referrals (通報) and the city's referral cases. Reporters at institutions
//! and parents refer a child; case managers at the city's referral centre
//! work the queue: take a case, record contacts with the family, book the
//! joint assessment for them through the booking path, close the case.
//! Every read and change of a case by staff is audited.

mod assign_case;
mod book_for_case;
mod case_detail;
mod case_queue;
mod close_case;
mod record_case_contact;
mod refer_another;
mod refer_child;
mod referral_page;

pub use crate::types::{
    CaseBooking, CaseDetailView, CaseEvent, CaseItem, CaseQueueView, Manager, MyReferral, ReferralDone, ReferralEntry,
    ReferralForm, ReferralPageView, Referrer,
};
pub use assign_case::*;
pub use book_for_case::*;
pub use case_detail::*;
pub use case_queue::*;
pub use close_case::*;
pub use record_case_contact::*;
pub use refer_another::*;
pub use refer_child::*;
pub use referral_page::*;
