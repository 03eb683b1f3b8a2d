use crate::error::AppError;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Changes a clinic day's places (never below the places taken).
#[server]
pub async fn resize_day(day_id: ClinicDayId, quota: u32, reserved_under3: u32) -> Result<(), AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    let cx = crate::state::context().await?;
    crate::usecase::change_day::resize_day(&cx, &me, day_id, quota, reserved_under3).await?;
    leptos_axum::redirect(&format!("{}?saved=quota", crate::paths::staff_day(day_id)));
    Ok(())
}
