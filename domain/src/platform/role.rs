use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    /// The kinds of account. Centre staff belong to one assessment centre,
    /// reporters to one institution (a school, a clinic, a social-welfare
    /// agency) and restaurant staff to one restaurant; the binding itself is
    /// stored with the account. Case managers work at the city's referral
    /// centre, for the whole city.
    pub enum Role {
        Parent,
        CentreStaff,
        CityAdmin,
        RestaurantStaff,
        CountyAdmin,
        Reporter,
        CaseManager,
    }
}

/// What an account may do. Every server function names the permission it needs
/// and asks [`Role::may`]; this table is the single place the answer lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Permission {
    /// See and manage one's own children's registrations.
    ManageOwnRegistrations,
    /// Open and close clinic days and run them (verify, check in, no-show) at one's centre.
    RunClinicDays,
    /// Create and edit assessment centres.
    ManageCentres,
    /// Read the audit log of staff access to registrations.
    ReadAuditLog,
    /// See the city's dashboard (centre staff: their own centre's figures).
    ReadCityDashboard,
    /// See the county's dashboard of meals and certification.
    ReadCountyDashboard,
    /// Build meals and keep the restaurant's menu.
    BuildMeals,
    /// Edit the emission-factor standard (creates a new edition).
    CurateStandard,
    /// Create and edit restaurants.
    ManageRestaurants,
    /// Create staff and administrator accounts (which ones: see [`Role::may_create`]).
    ManageAccounts,
    /// Refer a child to the city (通報) and follow one's own referrals.
    ReferChildren,
    /// Work the city's referral cases: contact families, book for them, close.
    WorkCases,
}

impl Role {
    /// Whether an account of this role may do `p` at all. Scoping (which centre,
    /// which restaurant, whose child) is checked on top of this by the caller.
    pub fn may(self, p: Permission) -> bool {
        use Permission::*;
        matches!(
            (self, p),
            (Role::Parent, ManageOwnRegistrations | ReferChildren)
                | (Role::Reporter, ReferChildren)
                | (Role::CaseManager, WorkCases)
                | (Role::CentreStaff, RunClinicDays | ReadCityDashboard)
                | (
                    Role::CityAdmin,
                    ManageCentres | ReadAuditLog | ReadCityDashboard | ManageAccounts
                )
                | (Role::RestaurantStaff, BuildMeals)
                | (
                    Role::CountyAdmin,
                    CurateStandard | ManageRestaurants | ManageAccounts | ReadCountyDashboard
                )
        )
    }

    /// Parents and restaurant staff sign themselves up; everyone else is created
    /// by an administrator of their own government: the city for the
    /// assessment service, the county for the meal service.
    pub fn may_create(self, other: Role) -> bool {
        matches!(
            (self, other),
            (
                Role::CityAdmin,
                Role::CentreStaff | Role::CityAdmin | Role::Reporter | Role::CaseManager
            ) | (Role::CountyAdmin, Role::RestaurantStaff | Role::CountyAdmin)
        )
    }

    /// How long a signed-in session of this role lasts. Accounts that staff
    /// and administrators hold (which read children's data or run a
    /// service) end after 30 minutes without a request and 12 hours after
    /// signing in, whatever happens; parents' and restaurants' after 8 hours
    /// without a request.
    pub fn session_limits(self) -> SessionLimits {
        if self.self_registration_allowed() {
            SessionLimits {
                idle_seconds: 8 * 3600,
                absolute_seconds: None,
            }
        } else {
            SessionLimits {
                idle_seconds: 30 * 60,
                absolute_seconds: Some(12 * 3600),
            }
        }
    }

    /// Staff and administrators may protect their sign-in with a one-time
    /// code from an authenticator app; parents do not.
    pub fn may_use_second_factor(self) -> bool {
        self != Role::Parent
    }

    /// The roles whose two-step sign-in this administrator may require: those
    /// of their own government that use it (their own role included).
    pub fn second_factor_governed(self) -> impl Iterator<Item = Role> {
        <Role as crate::Named>::all().filter(move |r| r.may_use_second_factor() && self.may_create(*r))
    }

    pub fn self_registration_allowed(self) -> bool {
        matches!(self, Role::Parent | Role::RestaurantStaff)
    }

    /// Staff roles are bound to one workplace.
    pub fn needs_centre(self) -> bool {
        self == Role::CentreStaff
    }

    pub fn needs_restaurant(self) -> bool {
        self == Role::RestaurantStaff
    }
}

/// How long a session lasts: without a request, and at most after signing in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle_seconds: i64,
    pub absolute_seconds: Option<i64>,
}

impl SessionLimits {
    /// Whether a session begun at `signed_in_at` (unknown: begun before
    /// this rule, so too old) has outlived its absolute limit at `now`.
    pub fn outlived(self, signed_in_at: Option<i64>, now: i64) -> bool {
        match (self.absolute_seconds, signed_in_at) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(max), Some(at)) => now - at >= max,
        }
    }
}

#[cfg(test)]
mod tests;
