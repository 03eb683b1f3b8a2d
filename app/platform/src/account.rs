//! What the account pages and their server functions exchange: the
//! signed-in account, its two-step sign-in, and the accounts an
//! administrator manages with the workplaces they belong to.

use domain::Bilingual;
use domain::ids::{CentreId, RestaurantId, UserId};
use domain::platform::Role;
use serde::{Deserialize, Serialize};

/// The signed-in account, as sent to the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub centre_id: Option<CentreId>,
    pub restaurant_id: Option<RestaurantId>,
    /// The password was set by an administrator and must be changed first.
    #[serde(default)]
    pub must_change_password: bool,
}

/// The account's two-step sign-in: whether it is on, whether its
/// government requires it, and while it is off, a secret to set the
/// authenticator app up with (kept in the session until turned on).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorView {
    pub available: bool,
    pub on: bool,
    pub required: bool,
    /// The secret in base32, grouped by four for typing.
    pub setup_key: Option<String>,
    /// The `otpauth://` address an authenticator app reads.
    pub setup_url: Option<String>,
}

/// An account as an administrator lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountItem {
    pub id: UserId,
    pub email: String,
    pub role: Role,
    pub display_name: String,
    pub workplace: Option<Bilingual>,
    /// Disabled accounts cannot sign in; their sessions have ended.
    pub active: bool,
    /// The administrator's own account, which they do not disable or reset here.
    pub own: bool,
}

/// Where a staff account works (a centre, an institution, a restaurant).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workplace {
    pub id: i64,
    pub name: Bilingual,
    /// The staff role whose accounts work here.
    pub role: Role,
}

/// Where a workplace can be, as its service names the places (the meal
/// service: the county's townships); `code` is what the form sends back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkplaceArea {
    pub code: String,
    pub name: Bilingual,
}

/// The accounts page of an administrator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountsView {
    /// The roles this administrator may create.
    pub creatable: Vec<Role>,
    pub workplaces: Vec<Workplace>,
    pub accounts: Vec<AccountItem>,
    /// The roles whose two-step sign-in this administrator may require, and
    /// whether it is required now.
    #[serde(default)]
    pub second_factor: Vec<(Role, bool)>,
}

/// Only same-site paths are followed after sign-in (no open redirect).
pub fn safe_next(next: Option<String>) -> Option<String> {
    next.filter(|n| domain::platform::local_path::local_path(n).is_some())
}

/// The staff roles the workplaces are for, in their order of appearance.
pub fn workplace_roles(places: &[Workplace]) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::new();
    for w in places {
        if !roles.contains(&w.role) {
            roles.push(w.role);
        }
    }
    roles
}
