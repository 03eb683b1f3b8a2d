use crate::error::AppError;
use crate::types::StaffMember;
use leptos::prelude::*;

/// All centre-staff accounts with their centre.
#[server]
pub async fn centre_staff_members() -> Result<Vec<StaffMember>, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    crate::usecase::centre_staff::centre_staff_members(&guard::context().await?, &me).await
}
