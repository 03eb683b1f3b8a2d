use crate::error::AppError;
use crate::types::CertificationStanding;
use leptos::prelude::*;

/// The signed-in restaurant's certification: its figures today against the
/// criteria, its applications and its certificate.
#[server]
pub async fn my_certification() -> Result<CertificationStanding, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::my_certification::my_certification(&crate::state::context().await?, &me).await
}
