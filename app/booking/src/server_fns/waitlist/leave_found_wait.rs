use crate::error::AppError;
use leptos::prelude::*;

/// The found entry leaves the waitlist.
#[server]
pub async fn leave_found_wait() -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    let e = crate::kept::waitlist::found(&cx)
        .await?
        .ok_or(crate::error::BookingError::InquiryNoMatch)?;
    crate::usecase::answer_offer::leave_waitlist(&cx, &e).await?;
    leptos_axum::redirect(&format!("{}?done=left", crate::paths::WAITLIST));
    Ok(())
}
