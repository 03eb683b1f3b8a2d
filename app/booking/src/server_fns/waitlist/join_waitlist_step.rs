use crate::error::AppError;
use crate::types::JoinStepForm;
use leptos::prelude::*;

/// Joins from the booking pages (with the answers this device keeps); then
/// the entry is shown.
#[server]
pub async fn join_waitlist_step(form: JoinStepForm) -> Result<(), AppError> {
    use crate::kept::{booking, waitlist};
    let cx = crate::state::context().await?;
    let answers = booking::answers(&cx).ok_or(crate::error::BookingError::StartAgain)?;
    let (wish, contact) = (form.wish()?, form.contact()?);
    let parent = platform::ssr::guard::signed_in_as().await?;
    let entry = crate::usecase::join_waitlist::join_waitlist(&cx, parent.as_ref(), answers, contact, &wish).await?;
    booking::forget(&cx, cx.offers()).await?;
    waitlist::remember(&cx, &entry);
    leptos_axum::redirect(crate::paths::WAITLIST);
    Ok(())
}
