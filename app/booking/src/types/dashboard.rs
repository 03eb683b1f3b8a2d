//! The city's dashboard as its pages show it.

use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::District;
use domain::booking::dashboard::CityDashboard;
use serde::{Deserialize, Serialize};

/// A centre as the dashboard names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreName {
    pub id: i64,
    pub name: Bilingual,
    pub district: District,
}

/// The dashboard as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityDashboardView {
    pub d: CityDashboard,
    pub centres: Vec<CentreName>,
    /// A centre's staff see their own centre only (the filter is fixed).
    pub own_centre: Option<i64>,
}

/// One first assessment behind a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    pub reference: String,
    pub centre: Bilingual,
    pub registered: NaiveDate,
    pub referred: Option<NaiveDate>,
    pub assessed: NaiveDate,
    pub days: i64,
    pub within: bool,
    pub home: Option<District>,
}

/// The dashboard's filter as its form sends it: months `YYYY-MM` (the last
/// twelve when both are empty), a centre's id and a district's name (empty
/// for all).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityFilterForm {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub centre: String,
    #[serde(default)]
    pub district: String,
}
