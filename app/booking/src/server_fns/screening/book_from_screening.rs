use crate::error::AppError;
use leptos::prelude::*;

/// Books from the result: the booking's check starts filled in with the
/// child's dates and the areas the checklist found.
#[server]
pub async fn book_from_screening() -> Result<(), AppError> {
    let cx = platform::ssr::guard::context().await?;
    let k = crate::kept::screening::read(&cx).ok_or(crate::error::BookingError::StartAgain)?;
    let check = crate::usecase::screening::check_from_screening(&k, cx.clock.today())?;
    crate::kept::booking::write_check(&cx, &check);
    leptos_axum::redirect("/ei/book");
    Ok(())
}
