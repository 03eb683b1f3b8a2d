//! The county's dashboard and public summary as the pages show them.

use domain::Bilingual;
use domain::meals::dashboard::{CertificationCounts, CountyDashboard, CountyPublic};
use serde::{Deserialize, Serialize};

/// A restaurant or an ingredient as the dashboard names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantName {
    pub id: i64,
    pub name: Bilingual,
}

/// The dashboard as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyDashboardView {
    pub d: CountyDashboard,
    pub restaurants: Vec<RestaurantName>,
    /// The top ingredients' names, in the order of `d.top_ingredients`.
    pub ingredients: Vec<Bilingual>,
    pub certification: CertificationCounts,
}

/// The public summary with the ingredients' names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyPublicView {
    pub s: CountyPublic,
    pub ingredients: Vec<Bilingual>,
}
