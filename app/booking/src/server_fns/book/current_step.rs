use crate::error::AppError;
use crate::types::BookingStep;
use leptos::prelude::*;

/// Where the family is in the flow, for the page.
#[server]
pub async fn current_step() -> Result<BookingStep, AppError> {
    use crate::kept::booking;
    let cx = platform::ssr::guard::context().await?;
    crate::usecase::booking_step::booking_step(&cx, booking::read(&cx), booking::read_check(&cx)).await
}
