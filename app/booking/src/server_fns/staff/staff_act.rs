use crate::error::AppError;
use domain::booking::registration::StaffAction;
use domain::ids::RegistrationId;
use leptos::prelude::*;

/// Verify, check in, complete, mark a no-show, or cancel on the family's behalf.
#[server]
pub async fn staff_act(registration_id: RegistrationId, action: StaffAction, reason: String) -> Result<(), AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    let cx = crate::state::context().await?;
    let row = crate::usecase::staff_act::staff_act(&cx, &me, registration_id, action, &reason).await?;
    leptos_axum::redirect(&format!(
        "{}#reg-{}",
        crate::paths::staff_day(row.clinic_day_id),
        row.id
    ));
    Ok(())
}
