//! Registrations: the form, and what the family and the staff see.

use super::centres::*;
use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::contact::FilledBy;
use domain::booking::registration::RegistrationStatus;
use domain::booking::session_plan::Session;
use domain::booking::triage::{HighRisk, ProblemDomain};
use domain::booking::{District, Pool};
use domain::ids::{CentreId, ClinicDayId, RegistrationId};
use serde::{Deserialize, Serialize};

/// The registration form (the triage answers come from the first step).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationForm {
    pub hold_token: String,
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub birth_date: String,
    pub due_date: Option<String>,
    pub filled_by: FilledBy,
    pub phone: String,
    pub email: Option<String>,
    pub previous_date: Option<String>,
    pub previous_reassess: Option<String>,
    #[serde(default)]
    pub high_risk: Vec<HighRisk>,
    #[serde(default)]
    pub domains: Vec<ProblemDomain>,
    #[serde(default)]
    pub notes: String,
    /// Text messages, e-mail or both; when left out, every channel the
    /// family gave the means for (a mobile number, an e-mail address).
    #[serde(default)]
    pub channels: Option<domain::booking::contact::Channels>,
    /// The district of the city the child lives in (optional; the city's
    /// figures of need by district count it).
    #[serde(default)]
    pub home_district: Option<District>,
}

/// A registration as its family sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationView {
    pub id: RegistrationId,
    pub clinic_day_id: ClinicDayId,
    pub reference: String,
    pub status: RegistrationStatus,
    pub status_reason: Option<String>,
    pub date: NaiveDate,
    pub checkin_time: String,
    pub centre_id: CentreId,
    pub centre: Bilingual,
    pub address: Bilingual,
    pub centre_phone: String,
    pub child_name: String,
    pub birth_date: NaiveDate,
    /// Whether the family may still cancel or move it.
    pub changeable: bool,
    /// The team's report, once the centre recorded it.
    pub report: Option<ReportView>,
    /// What the clinic day holds: each discipline's session and its length.
    #[serde(default)]
    pub sessions: Vec<Session>,
}

/// The team's report as the family sees it, with the first day the child
/// may be booked again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub report: domain::booking::report::Report,
    pub rebook_from: NaiveDate,
    /// Where the child was assessed: therapy providers there come first.
    pub district: District,
}

/// A registration as the centre's staff see it (ID number masked).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRegistrationView {
    pub id: RegistrationId,
    pub reference: String,
    pub status: RegistrationStatus,
    pub needs_approval: bool,
    pub fast_track: bool,
    pub child_name: String,
    pub national_id_masked: String,
    pub birth_date: NaiveDate,
    pub under3: bool,
    pub pool: Pool,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub high_risk: Vec<HighRisk>,
    pub domains: Vec<ProblemDomain>,
    pub previous_date: Option<NaiveDate>,
    pub notes: String,
    pub status_reason: Option<String>,
    pub report: Option<domain::booking::report::Report>,
    pub no_shows: u32,
    /// Why the staff must check it before confirming, with what to compare.
    #[serde(default)]
    pub review: Option<ReviewView>,
}

/// What a flagged registration is to be checked against: the child's other
/// active bookings (a duplicate) or the assessment this system recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewView {
    pub review: domain::booking::registration::Review,
    pub others: Vec<OtherBookingView>,
    pub recorded_on: Option<NaiveDate>,
}

/// Another active booking of the same child (at any centre).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherBookingView {
    pub centre: Bilingual,
    pub date: NaiveDate,
    pub status: RegistrationStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayDetail {
    pub day: DayView,
    pub registrations: Vec<StaffRegistrationView>,
    pub today: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditView {
    pub at: i64,
    pub actor_email: String,
    pub action: String,
    pub reference: Option<String>,
    pub centre: Option<Bilingual>,
    pub detail: String,
}
