//! The meal service's addresses that forms go back to, in one place: the
//! server functions redirect to these, with what was just done.

use domain::Named;
use domain::meals::MenuChange;
use domain::meals::listing::ListingAction;

pub const MENU: &str = "/meals/menu";
pub const SUPPLIERS: &str = "/meals/suppliers";
pub const MY_CERTIFICATION: &str = "/meals/certification";
pub const COUNTY_CERTIFICATION: &str = "/county/certification";
pub const COUNTY_RESTAURANTS: &str = "/county/restaurants";
pub const COUNTY_FARMS: &str = "/county/farms";

/// The menu page, announcing what was just done.
pub fn menu_done(change: MenuChange) -> String {
    format!("{MENU}?done={}", change.as_str())
}

/// The restaurant's certification page, announcing what was just done.
pub fn my_certification_done(what: &str) -> String {
    format!("{MY_CERTIFICATION}?done={what}")
}

/// The county's certification page, announcing what was just done.
pub fn county_certification_done(what: &str) -> String {
    format!("{COUNTY_CERTIFICATION}?done={what}")
}

/// The county's list of restaurants, announcing its decision.
pub fn listing_done(action: ListingAction) -> String {
    format!("{COUNTY_RESTAURANTS}?done={}", action.as_str())
}

/// The page of whoever keeps a supplier (a restaurant its own list, the
/// county the directory of farms), announcing what was just done.
pub fn suppliers_done(restaurant: Option<domain::ids::RestaurantId>, what: &str) -> String {
    let page = if restaurant.is_some() { SUPPLIERS } else { COUNTY_FARMS };
    format!("{page}?done={what}")
}
