//! Where a family is in the booking flow, and what it typed.

use domain::booking::contact::FilledBy;

use domain::booking::District;
use domain::booking::triage::{HighRisk, ProblemDomain};

use super::centres::*;
use serde::{Deserialize, Serialize};

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

/// The contact fields of the booking's last step, posted one field per
/// name (the form works without JavaScript).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactForm {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub filled_by: domain::booking::contact::FilledBy,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub channels: Option<domain::booking::contact::Channels>,
    /// A district's name, or empty.
    #[serde(default)]
    pub home_district: String,
}
