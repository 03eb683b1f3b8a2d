//! Who asks, typed: a use case takes the actor it serves (`CentreStaff {
//! user, centre }`, `RestaurantStaff { user, restaurant }`, …), which only
//! the guard builds (`guard::actor`), after the account passed the
//! permission's check (signed in, password changed, second factor where
//! required, the role's permission). A use case that takes a `CentreStaff`
//! cannot be called for someone who is not one.

use super::auth_backend::SessionUser;
use domain::ids::{CentreId, InstitutionId, RestaurantId, UserId};
use domain::platform::Role;

/// An actor built from a signed-in account that passed a permission's check.
pub trait Actor: Sized {
    /// The actor the account is, if it is one (its role, and the workplace
    /// the role is bound to).
    fn of(user: &SessionUser) -> Option<Self>;
}

/// Any signed-in account (its own account page).
#[derive(Clone, Debug)]
pub struct Account(pub SessionUser);

impl Actor for Account {
    fn of(user: &SessionUser) -> Option<Self> {
        Some(Self(user.clone()))
    }
}

/// An administrator of a government: creates the accounts of its staff.
#[derive(Clone, Debug)]
pub struct Admin {
    pub user: UserId,
    pub role: Role,
}

impl Actor for Admin {
    fn of(u: &SessionUser) -> Option<Self> {
        matches!(u.role, Role::CityAdmin | Role::CountyAdmin).then_some(Self {
            user: u.id,
            role: u.role,
        })
    }
}

/// A parent with an account.
#[derive(Clone, Debug)]
pub struct Parent {
    pub user: UserId,
    pub name: String,
}

impl Actor for Parent {
    fn of(u: &SessionUser) -> Option<Self> {
        (u.role == Role::Parent).then(|| Self {
            user: u.id,
            name: u.display_name.clone(),
        })
    }
}

/// A member of an assessment centre's staff, bound to the centre.
#[derive(Clone, Debug)]
pub struct CentreStaff {
    pub user: UserId,
    pub centre: CentreId,
}

impl Actor for CentreStaff {
    fn of(u: &SessionUser) -> Option<Self> {
        match (u.role, u.centre_id) {
            (Role::CentreStaff, Some(centre)) => Some(Self { user: u.id, centre }),
            _ => None,
        }
    }
}

/// An administrator of the city's early-intervention service.
#[derive(Clone, Debug)]
pub struct CityAdmin {
    pub user: UserId,
}

impl Actor for CityAdmin {
    fn of(u: &SessionUser) -> Option<Self> {
        (u.role == Role::CityAdmin).then_some(Self { user: u.id })
    }
}

/// Someone at an institution who must report children (a teacher, a nurse).
#[derive(Clone, Debug)]
pub struct Reporter {
    pub user: UserId,
    pub name: String,
    pub institution: InstitutionId,
}

impl Actor for Reporter {
    fn of(u: &SessionUser) -> Option<Self> {
        match (u.role, u.institution_id) {
            (Role::Reporter, Some(i)) => Some(Self {
                user: u.id,
                name: u.display_name.clone(),
                institution: InstitutionId::from(i),
            }),
            _ => None,
        }
    }
}

/// A case manager at the city's referral centre.
#[derive(Clone, Debug)]
pub struct CaseManager {
    pub user: UserId,
    pub name: String,
}

impl Actor for CaseManager {
    fn of(u: &SessionUser) -> Option<Self> {
        (u.role == Role::CaseManager).then(|| Self {
            user: u.id,
            name: u.display_name.clone(),
        })
    }
}

/// A member of a restaurant's staff, bound to the restaurant.
#[derive(Clone, Debug)]
pub struct RestaurantStaff {
    pub user: UserId,
    pub restaurant: RestaurantId,
}

impl Actor for RestaurantStaff {
    fn of(u: &SessionUser) -> Option<Self> {
        match (u.role, u.restaurant_id) {
            (Role::RestaurantStaff, Some(restaurant)) => Some(Self { user: u.id, restaurant }),
            _ => None,
        }
    }
}

/// An administrator of the county's meal service.
#[derive(Clone, Debug)]
pub struct CountyAdmin {
    pub user: UserId,
}

impl Actor for CountyAdmin {
    fn of(u: &SessionUser) -> Option<Self> {
        (u.role == Role::CountyAdmin).then_some(Self { user: u.id })
    }
}
