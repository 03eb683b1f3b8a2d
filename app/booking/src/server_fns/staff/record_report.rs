use crate::error::AppError;
use domain::booking::report::Service;
use domain::ids::RegistrationId;
use leptos::prelude::*;

/// Records the team's report of a completed assessment.
#[server]
pub async fn record_report(
    registration_id: RegistrationId,
    written_on: String,
    reassess_on: String,
    #[server(default)] services: Vec<Service>,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::usecase::record_report::{ReportForm, record_report};
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    let form = ReportForm {
        written_on,
        reassess_on,
        services,
        note,
    };
    let row = record_report(&guard::context().await?, &me, registration_id, form).await?;
    leptos_axum::redirect(&format!(
        "{}#reg-{}",
        crate::paths::staff_day(row.clinic_day_id),
        row.id
    ));
    Ok(())
}
