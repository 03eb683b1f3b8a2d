use crate::error::AppError;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Opens a closed clinic day again.
#[server]
pub async fn reopen_day(day_id: ClinicDayId) -> Result<(), AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    crate::usecase::change_day::reopen_day(&crate::state::context().await?, &me, day_id).await?;
    leptos_axum::redirect(&format!("{}?saved=reopened", crate::paths::staff_day(day_id)));
    Ok(())
}
