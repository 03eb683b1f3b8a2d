//! The city's administration: centres, their staff, institutions.

use domain::Bilingual;
use domain::booking::District;
use domain::booking::case::InstitutionKind;
use domain::booking::session_plan::Discipline;
use domain::ids::{CentreId, InstitutionId, UserId};
use serde::{Deserialize, Serialize};

/// A centre as the city's form sends it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreForm {
    /// None creates a centre.
    pub id: Option<CentreId>,
    pub name: Bilingual,
    pub district: District,
    pub address: Bilingual,
    pub phone: String,
    #[serde(default)]
    pub disciplines: Vec<Discipline>,
    pub checkin_time: String,
    #[serde(default)]
    pub notes: Bilingual,
    #[serde(default)]
    pub active: bool,
}

/// A centre-staff account with its centre.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub centre_id: CentreId,
}

/// An institution whose staff refer children, as the city lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstitutionView {
    pub id: InstitutionId,
    pub name: Bilingual,
    pub kind: InstitutionKind,
    pub district: District,
}
