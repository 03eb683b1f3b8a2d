use crate::error::AppError;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Closes a clinic day with its reason.
#[server]
pub async fn close_day(day_id: ClinicDayId, note: domain::Bilingual) -> Result<(), AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    crate::usecase::change_day::close_day(&crate::state::context().await?, &me, day_id, &note).await?;
    leptos_axum::redirect(&format!("{}?saved=closed", crate::paths::staff_day(day_id)));
    Ok(())
}
