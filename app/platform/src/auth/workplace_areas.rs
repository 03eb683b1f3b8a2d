use crate::AppError;
use crate::account::WorkplaceArea;
use leptos::prelude::*;

/// The places a workplace registered with an account can be (the county's
/// townships for a restaurant), for the registration form.
#[server]
pub async fn workplace_areas() -> Result<Vec<WorkplaceArea>, AppError> {
    Ok(crate::ssr::guard::context().await?.workplaces.registration_areas())
}
