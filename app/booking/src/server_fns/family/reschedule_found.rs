use crate::error::AppError;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Moves the booking the inquiry found to another clinic day.
#[server]
pub async fn reschedule_found(new_day_id: ClinicDayId) -> Result<(), AppError> {
    use domain::booking::registration::FamilyChange;
    let cx = crate::state::context().await?;
    let row = crate::kept::inquiry::row(&cx)
        .await?
        .ok_or(crate::error::BookingError::InquiryNoMatch)?;
    crate::usecase::reschedule_registration::reschedule_registration(&cx, &row, new_day_id, None).await?;
    leptos_axum::redirect(&crate::paths::change_done(
        crate::paths::INQUIRY,
        FamilyChange::Rescheduled,
    ));
    Ok(())
}
