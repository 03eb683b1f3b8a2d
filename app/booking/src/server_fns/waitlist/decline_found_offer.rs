use crate::error::AppError;
use leptos::prelude::*;

/// Declines the found entry's offer.
#[server]
pub async fn decline_found_offer() -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    let e = crate::kept::waitlist::found(&cx)
        .await?
        .ok_or(crate::error::BookingError::InquiryNoMatch)?;
    crate::usecase::answer_offer::decline_offer(&cx, &e).await?;
    leptos_axum::redirect(&format!("{}?done=declined", crate::paths::WAITLIST));
    Ok(())
}
