//! The city's dashboard, its drill-down and its public summary.

mod city_figures;
mod city_rows;
mod city_summary;

pub use crate::types::{CentreName, CityDashboardView, RowView};
pub use city_figures::*;
pub use city_rows::*;
pub use city_summary::*;
