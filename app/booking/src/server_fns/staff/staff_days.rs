use crate::error::AppError;
use crate::types::DayView;
use leptos::prelude::*;

/// The centre's clinic days between two dates.
#[server]
pub async fn staff_days(from: String, to: String) -> Result<Vec<DayView>, AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    crate::usecase::staff_days::staff_days(&guard::context().await?, &me, &from, &to).await
}
