//! Where staff accounts work: each service registers its workplaces (the
//! booking service its assessment centres, the meal service its restaurants),
//! so that the platform's account pages need not know either service.

use super::{Db, StoreError};
use crate::AppError;
use crate::account::{Workplace, WorkplaceArea};
use domain::platform::{Role, parse_person_name};
use std::sync::Arc;

/// One service's workplaces.
#[async_trait::async_trait]
pub trait WorkplaceDirectory: Send + Sync {
    /// The staff role whose accounts belong to one of these workplaces.
    fn staff_role(&self) -> Role;
    /// The government administrator who creates those accounts.
    fn admin_role(&self) -> Role;
    async fn list(&self, db: &Db) -> Result<Vec<Workplace>, StoreError>;
    async fn exists(&self, db: &Db, id: i64) -> Result<bool, StoreError>;
    /// Where a workplace registered with an account can be; empty when this
    /// service does not let staff register themselves with their own
    /// workplace (then only its administrator creates their accounts).
    fn areas(&self) -> Vec<WorkplaceArea> {
        Vec::new()
    }

    /// Whether staff register themselves, bringing their workplace.
    fn staff_register_themselves(&self) -> bool {
        !self.areas().is_empty()
    }
    /// The workplace a self-registered staff account brings with it, in one
    /// of [`Self::areas`]; `None` when this service does not let staff
    /// register themselves or `area` is none of its places.
    async fn register(
        &self,
        _conn: &mut sqlx::AnyConnection,
        _name: &str,
        _area: &str,
        _now: i64,
    ) -> Result<Option<i64>, StoreError> {
        Ok(None)
    }
}

/// The workplaces of every service, as the server registered them.
#[derive(Clone, Default)]
pub struct Workplaces(Vec<Arc<dyn WorkplaceDirectory>>);

impl Workplaces {
    pub fn new(directories: Vec<Arc<dyn WorkplaceDirectory>>) -> Self {
        Self(directories)
    }

    /// The directory whose staff have `role`.
    pub fn of_staff(&self, role: Role) -> Option<&dyn WorkplaceDirectory> {
        self.0.iter().find(|d| d.staff_role() == role).map(|d| d.as_ref())
    }

    /// Whether a person may register an account of `role` themselves:
    /// parents always, staff where their service lets them bring their
    /// own workplace.
    pub fn open_to_registration(&self, role: Role) -> bool {
        match self.of_staff(role) {
            Some(directory) => directory.staff_register_themselves(),
            None => role == Role::Parent,
        }
    }

    /// The areas offered to staff registering themselves with their
    /// workplace, over every service that lets them.
    pub fn registration_areas(&self) -> Vec<WorkplaceArea> {
        self.0
            .iter()
            .filter(|d| d.staff_register_themselves())
            .flat_map(|d| d.areas())
            .collect()
    }

    /// The workplaces an administrator of `role` manages (each directory's,
    /// the city's centres and institutions, say); none for any other role.
    pub async fn listed_for(&self, db: &Db, role: Role) -> Result<Vec<Workplace>, StoreError> {
        let mut all = Vec::new();
        for directory in self.0.iter().filter(|d| d.admin_role() == role) {
            all.extend(directory.list(db).await?);
        }
        Ok(all)
    }
}

/// The workplace a person registering brings with their account: its name,
/// and its area, one of the places its service names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnWorkplace {
    pub name: String,
    pub area: String,
}

impl OwnWorkplace {
    /// The form's name and area, checked against `directory`'s areas.
    pub fn parse(directory: &dyn WorkplaceDirectory, name: Option<&str>, area: Option<&str>) -> Result<Self, AppError> {
        let name = name.and_then(parse_person_name);
        let area = area.filter(|a| directory.areas().iter().any(|known| known.code == *a));
        match (name, area) {
            (Some(name), Some(area)) => Ok(Self {
                name,
                area: area.to_owned(),
            }),
            _ => Err(AppError::OwnWorkplaceIncomplete),
        }
    }
}
