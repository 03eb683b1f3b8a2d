//! Referrals and the city's referral cases, as the pages show them.

use super::{AttachedScreening, DayView};
use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::case::{CaseClocks, CaseEventKind, CaseOutcome, CaseStage, ContactMethod, ReporterKind};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, UserId};
use serde::{Deserialize, Serialize};

/// Who is referring, as the form introduces them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Referrer {
    pub kind: ReporterKind,
    /// The reporter's own name (a signed-in account's display name).
    pub name: Option<String>,
    pub institution: Option<Bilingual>,
}

/// A referral just made, for the confirmation: the same whether it opened
/// the child's case or joined the open one (the case is the staff's).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralDone {
    /// The referral's own receipt number.
    pub receipt: String,
    pub late: bool,
    pub contact_due: NaiveDate,
}

/// One referral as its reporter follows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyReferral {
    /// The referral's own number.
    pub receipt: String,
    pub child_masked: String,
    pub observed_on: NaiveDate,
    pub reported_on: NaiveDate,
    pub late: bool,
    pub outcome: Option<CaseOutcome>,
}

/// What the referral page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralPageView {
    pub today: NaiveDate,
    pub referrer: Referrer,
    /// A finished self-screening on this device, which may be attached.
    pub screening: Option<AttachedScreening>,
    pub done: Option<ReferralDone>,
    /// A signed-in reporter's own referrals, newest first.
    pub mine: Vec<MyReferral>,
}

/// A case in the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseItem {
    pub id: CaseId,
    pub number: String,
    pub child_name: String,
    pub birth_date: NaiveDate,
    pub opened_on: NaiveDate,
    pub clocks: CaseClocks,
    pub stage: CaseStage,
    pub assigned: Option<String>,
    pub referrals: u32,
}

/// The referral centre's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseQueueView {
    pub today: NaiveDate,
    pub open: Vec<CaseItem>,
    pub closed: Vec<CaseItem>,
}

/// One referral of a case, as the case manager reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralEntry {
    pub kind: ReporterKind,
    pub reporter_name: String,
    pub institution: Option<Bilingual>,
    pub observed_on: NaiveDate,
    pub reported_on: NaiveDate,
    pub late: bool,
    pub observation: String,
    pub domains: Vec<ProblemDomain>,
    pub screening: Option<AttachedScreening>,
}

/// One thing done on a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseEvent {
    pub kind: CaseEventKind,
    pub on: NaiveDate,
    pub by: Option<String>,
    pub method: Option<ContactMethod>,
    pub reached: Option<bool>,
    pub note: String,
}

/// A case manager.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manager {
    pub id: UserId,
    pub name: String,
}

/// The booking made for a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseBooking {
    pub reference: String,
    pub status: domain::booking::RegistrationStatus,
}

/// A whole case, for its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseDetailView {
    pub item: CaseItem,
    pub national_id_masked: String,
    pub guardian_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub referrals: Vec<ReferralEntry>,
    pub events: Vec<CaseEvent>,
    pub booking: Option<CaseBooking>,
    pub managers: Vec<Manager>,
    pub me: UserId,
    pub today: NaiveDate,
    /// What the booking's triage says of the child's referrals: a joint
    /// assessment may be booked for the family only when it advises one.
    pub triage: domain::booking::TriageOutcome,
    /// Clinic days with a place for this child in the coming weeks.
    pub days: Vec<DayView>,
}

/// The referral form, as typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralForm {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub birth_date: String,
    pub guardian_name: String,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    pub observed_on: String,
    pub observation: String,
    #[serde(default)]
    pub domains: Vec<ProblemDomain>,
    /// A family referring without an account may give its name.
    #[serde(default)]
    pub reporter_name: Option<String>,
    /// Set when the family attaches the checklist finished on its device.
    #[serde(default)]
    pub attach_screening: Option<String>,
    /// The district of the city the child lives in (a district's name), or empty.
    #[serde(default)]
    pub home_district: String,
}
