//! The county's dashboard and its public summary. The figures are
//! `domain::meals::dashboard`'s; here are who may see them and the filter
//! as the page's form gives it.

mod county_figures;
mod county_summary;

pub use crate::types::county::{CountyDashboardView, CountyPublicView, RestaurantName};
pub use county_figures::*;
pub use county_summary::*;
