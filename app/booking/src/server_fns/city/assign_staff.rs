use crate::error::AppError;
use domain::ids::{CentreId, UserId};
use leptos::prelude::*;

/// Moves a centre-staff account to a centre.
#[server]
pub async fn assign_staff(user_id: UserId, centre_id: CentreId) -> Result<(), AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    crate::usecase::centre_staff::assign_staff(&guard::context().await?, &me, user_id, centre_id).await?;
    leptos_axum::redirect(&format!("{}?assigned=1#staff", crate::paths::CITY_CENTRES));
    Ok(())
}
