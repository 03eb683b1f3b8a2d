use crate::error::AppError;
use crate::types::RegistrationView;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Moves the registration with this reference and birth date to another day.
#[server]
pub async fn reschedule_by_reference(
    reference: String,
    birth_date: String,
    new_day_id: ClinicDayId,
) -> Result<RegistrationView, AppError> {
    use crate::usecase::{find_registration::find_registration, reschedule_registration::reschedule_registration};
    let cx = crate::state::context().await?;
    let row = find_registration(&cx, &reference, &birth_date).await?;
    reschedule_registration(&cx, &row, new_day_id, None).await
}
