use crate::error::AppError;
use crate::types::ContactForm;
use leptos::prelude::*;

/// Step 3: the registration. The held place passes to it, or nothing changes.
#[server]
pub async fn submit_booking(#[server(flatten)] form: ContactForm) -> Result<(), AppError> {
    use crate::error::BookingError;
    use crate::kept::booking;
    use crate::usecase::submit_registration::{Booker, submit_registration};
    let cx = crate::state::context().await?;
    let d = booking::read(&cx).ok_or(BookingError::StartAgain)?;
    let token = d
        .hold
        .as_ref()
        .map(|h| h.token.clone())
        .ok_or(BookingError::HoldExpired)?;
    let c = form.contact()?;
    let parent = platform::ssr::guard::signed_in_as().await?;
    let submitted = submit_registration(&cx, Booker::Family(parent.as_ref()), &token, d.answers.clone(), c).await;
    booking::settle(&cx, d, submitted.map(|v| v.id), c.typed())?;
    leptos_axum::redirect(crate::paths::BOOKED);
    Ok(())
}
