//! The booking service's addresses, in one place: routes, links and the
//! pages a form goes back to. The routes (`crate::routes`) and every link
//! and redirect use these.

use domain::Named;
use domain::booking::registration::FamilyChange;
use domain::ids::{CaseId, CentreId, ClinicDayId};

/// The guide for families.
pub const GUIDE: &str = "/ei";
pub const BOOK: &str = "/ei/book";
pub const BOOKED: &str = "/ei/book/done";
pub const INQUIRY: &str = "/ei/inquiry";
pub const SCREENING: &str = "/ei/screening";
pub const MY: &str = "/ei/my";
pub const CENTRES: &str = "/ei/centres";
pub const REFER: &str = "/ei/refer";
pub const WAITLIST: &str = "/ei/waitlist";
pub const WAITLIST_JOIN: &str = "/ei/waitlist/join";
/// The centre's console.
pub const STAFF: &str = "/staff";
pub const STAFF_WAITLIST: &str = "/staff/waitlist";
pub const CITY_CENTRES: &str = "/city/centres";
pub const CITY_AUDIT: &str = "/city/audit";
pub const CITY_DASHBOARD: &str = "/city/dashboard";
pub const CITY_DASHBOARD_ROWS: &str = "/city/dashboard/rows";
pub const CITY_CASES: &str = "/city/cases";
pub const CITY_INSTITUTIONS: &str = "/city/institutions";
pub const CITY_WAITLIST: &str = "/city/waitlist";
/// The public summary of the city's figures.
pub const PUBLIC_STATS: &str = "/stats/early-intervention";

/// A centre's public page.
pub fn centre(id: CentreId) -> String {
    format!("{CENTRES}/{id}")
}

/// One of the centre's clinic days, in its console.
pub fn staff_day(id: ClinicDayId) -> String {
    format!("{STAFF}/days/{id}")
}

/// A referral case at the city's referral centre.
pub fn case(id: CaseId) -> String {
    format!("{CITY_CASES}/{id}")
}

/// The page a family's change goes back to, announcing it (`ChangeNotice`).
pub fn change_done(page: &str, change: FamilyChange) -> String {
    format!("{page}?done={}", change.as_str())
}
