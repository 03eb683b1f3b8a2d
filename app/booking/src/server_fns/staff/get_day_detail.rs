use crate::error::AppError;
use crate::types::DayDetail;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// The registrations of one of the centre's days (each read is audited).
#[server]
pub async fn get_day_detail(day_id: ClinicDayId) -> Result<DayDetail, AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    crate::usecase::day_detail::day_detail(&guard::context().await?, &me, day_id).await
}
