//! The waitlist: joining it, an entry and the offers it gets.

use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::contact::FilledBy;

use domain::booking::District;
use domain::booking::triage::{HighRisk, ProblemDomain};
use domain::ids::CentreId;
use serde::{Deserialize, Serialize};

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

/// The waitlist form of the booking pages (the triage answers are the ones
/// the family just gave, kept on its device).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JoinStepForm {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub filled_by: FilledBy,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub channels: Option<domain::booking::contact::Channels>,
    /// A centre's id, or empty for districts.
    #[serde(default)]
    pub wish_centre: String,
    #[serde(default)]
    pub wish_districts: Vec<District>,
    #[serde(default)]
    pub wish_from: String,
    /// A district's name, or empty.
    #[serde(default)]
    pub home_district: String,
}
