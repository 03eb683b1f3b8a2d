use crate::error::AppError;
use leptos::prelude::*;

/// Cancels the booking the inquiry found.
#[server]
pub async fn cancel_found() -> Result<(), AppError> {
    use domain::booking::registration::FamilyChange;
    let cx = crate::state::context().await?;
    let row = crate::kept::inquiry::row(&cx)
        .await?
        .ok_or(crate::error::BookingError::InquiryNoMatch)?;
    crate::usecase::cancel_registration::cancel_registration(&cx, row.id, None).await?;
    leptos_axum::redirect(&crate::paths::change_done(
        crate::paths::INQUIRY,
        FamilyChange::Cancelled,
    ));
    Ok(())
}
