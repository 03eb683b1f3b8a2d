//! Centres, clinic days and places, as the pages show them.

use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::session_plan::{Discipline, Session};

use domain::booking::{District, Pool};
use domain::ids::{CentreId, ClinicDayId};
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
