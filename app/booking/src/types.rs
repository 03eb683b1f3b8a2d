//! What the booking pages and server functions exchange.

use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::contact::FilledBy;
use domain::booking::registration::RegistrationStatus;
use domain::booking::session_plan::{Discipline, Session};
use domain::booking::triage::{HighRisk, ProblemDomain};
use domain::booking::{District, Pool};
use domain::ids::{CentreId, ClinicDayId, RegistrationId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreView {
    pub id: CentreId,
    pub name: Bilingual,
    pub district: District,
    pub address: Bilingual,
    pub phone: String,
    pub disciplines: Vec<Discipline>,
    pub checkin_time: String,
    pub notes: Bilingual,
    /// The first day with a place left, when it was asked for.
    pub next_available: Option<NaiveDate>,
    pub demo: bool,
    pub active: bool,
}

/// One clinic day as the calendar shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayView {
    pub id: ClinicDayId,
    pub centre_id: CentreId,
    pub centre: Bilingual,
    pub district: District,
    pub date: NaiveDate,
    pub open: bool,
    /// General places left (any child).
    pub general_left: u32,
    /// Places left that only children under three may take.
    pub reserved_left: u32,
    pub quota_total: u32,
    pub quota_reserved: u32,
    /// Why the day is closed, when it is.
    pub note: Bilingual,
    pub checkin_time: String,
    pub sessions: Vec<Session>,
}

impl DayView {
    /// Places a child could take (the rule is the domain's, `PlacesLeft::for_child`).
    pub fn places_for(&self, under3: bool) -> u32 {
        if !self.open {
            return 0;
        }
        domain::booking::quota::PlacesLeft {
            general: self.general_left,
            reserved: self.reserved_left,
        }
        .for_child(under3)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldView {
    /// The bearer token of the hold, kept by the page only.
    pub token: String,
    pub expires_at: i64,
    /// Seconds left when the hold was made (the browser counts down from it).
    pub seconds_left: i64,
    pub pool: Pool,
    pub day: DayView,
}

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
    /// The district of Taoyuan the child lives in (optional; the city's
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

/// A therapy provider a family may turn to after the assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderView {
    pub name: Bilingual,
    pub district: District,
    pub address: Bilingual,
    pub phone: String,
    pub services: Vec<domain::booking::report::Service>,
    pub demo: bool,
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

/// The check as the family typed it (kept to fill the form in again when
/// the server could not accept it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckTyped {
    pub birth_date: String,
    pub due_date: String,
    pub previous_date: String,
    pub previous_reassess: String,
    pub domains: Vec<ProblemDomain>,
    pub high_risk: Vec<HighRisk>,
}

impl CheckTyped {
    /// What was typed, each date cut to its ten characters: `dates` are the
    /// birth date, the due date, the previous assessment and its re-assessment.
    pub fn kept(dates: [Option<String>; 4], domains: Vec<ProblemDomain>, high_risk: Vec<HighRisk>) -> Self {
        let [birth_date, due_date, previous_date, previous_reassess] =
            dates.map(|s| s.unwrap_or_default().chars().take(10).collect::<String>());
        Self {
            birth_date,
            due_date,
            previous_date,
            previous_reassess,
            domains,
            high_risk,
        }
    }
}

/// The registration form as the family typed it (kept, sealed, on the
/// family's own device while its place is held, to fill the form in again
/// when the server could not accept it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactTyped {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub filled_by: Option<FilledBy>,
    pub phone: String,
    pub email: String,
    pub notes: String,
    #[serde(default)]
    pub channels: Option<domain::booking::contact::Channels>,
    #[serde(default)]
    pub home_district: Option<District>,
}

/// Where a family is in the booking flow, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum BookingStep {
    /// The check: the child's age and the areas of concern.
    Check { typed: CheckTyped },
    /// The check says a joint assessment: choose a centre on a day of the window.
    ChooseDay {
        answers: domain::booking::TriageInput,
        window: domain::booking::triage::BookingWindow,
        /// The place held before ran out.
        hold_expired: bool,
    },
    /// A place is held: fill in the registration.
    Fill {
        answers: domain::booking::TriageInput,
        hold: Box<HeldPlace>,
        typed: ContactTyped,
    },
}

/// The place a family holds while it fills in the form (its token stays on the server).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeldPlace {
    pub expires_at: i64,
    /// Seconds left when the page was made (the browser counts down from it).
    pub seconds_left: i64,
    pub day: DayView,
}

/// A self-screening in progress: the child's band (the questions are the
/// band's, from the domain), whether the age is corrected, what was answered,
/// and the result once every item is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScreeningView {
    pub band: domain::booking::screening::Band,
    pub corrected: bool,
    pub answers: domain::booking::screening::Answers,
    pub outcome: Option<domain::booking::screening::Outcome>,
}

/// A finished self-screening a family attaches to a referral of its child.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedScreening {
    pub birth: NaiveDate,
    pub band: domain::booking::screening::Band,
    pub outcome: domain::booking::screening::Outcome,
}

/// Joining the waitlist through the API: the triage answers, the contact,
/// and the wish (one centre, or any centre in the districts, from a day on).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitlistForm {
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
    #[serde(default)]
    pub channels: Option<domain::booking::contact::Channels>,
    #[serde(default)]
    pub home_district: Option<District>,
    #[serde(default)]
    pub wish: WishForm,
}

/// The wish as a form gives it: a centre, or districts; and the first day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WishForm {
    #[serde(default)]
    pub wish_centre: Option<CentreId>,
    #[serde(default)]
    pub wish_districts: Vec<District>,
    #[serde(default)]
    pub wish_from: String,
}

/// A place held for a waiting family.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferView {
    pub centre: Bilingual,
    pub address: Bilingual,
    pub date: NaiveDate,
    pub checkin_time: String,
    pub expires_at: i64,
}

/// A waitlist entry as its family sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitView {
    pub reference: String,
    pub masked_id: String,
    pub status: domain::booking::waitlist::WaitStatus,
    /// The centre wished for, or the districts.
    pub wish_centre: Option<Bilingual>,
    pub wish_districts: Vec<District>,
    pub wish_from: NaiveDate,
    pub joined_on: NaiveDate,
    /// Place in line (1 is next) while waiting without an offer.
    pub position: Option<usize>,
    /// Weeks, from the places offered lately; none when there is no basis.
    pub estimate_weeks: Option<u32>,
    pub offer: Option<OfferView>,
    /// The registration's reference once the child was booked from the list.
    pub booked_reference: Option<String>,
    /// The district the child lives in, when the family gave it.
    #[serde(default)]
    pub home_district: Option<District>,
}

/// A row of the waitlist staff and the city see (no name; the masked ID).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingRowView {
    pub position: usize,
    pub reference: String,
    pub masked_id: String,
    pub under3: bool,
    pub first_assessment: bool,
    pub wish_centre: Option<Bilingual>,
    pub wish_districts: Vec<District>,
    pub wish_from: NaiveDate,
    pub joined_on: NaiveDate,
    pub offer: Option<OfferView>,
    /// Joined by someone not known as the child's family while the child
    /// was booked or waiting already (or the record refused it): to check.
    #[serde(default)]
    pub review: Option<domain::booking::registration::Review>,
    /// The district the child lives in, when the family gave it.
    #[serde(default)]
    pub home_district: Option<District>,
}
