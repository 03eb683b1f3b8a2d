use crate::error::AppError;
use leptos::prelude::*;

/// Accepts the found entry's offer; the confirmation page shows the booking.
#[server]
pub async fn accept_found_offer() -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    let e = crate::kept::waitlist::found(&cx)
        .await?
        .ok_or(crate::error::BookingError::InquiryNoMatch)?;
    let booked = crate::usecase::accept_offer::accept_offer(&cx, &e).await?;
    crate::kept::booking::write_done(&cx, booked.id);
    leptos_axum::redirect(crate::paths::BOOKED);
    Ok(())
}
