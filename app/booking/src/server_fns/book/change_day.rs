use crate::error::AppError;
use leptos::prelude::*;

/// Gives the held place back to choose another day.
#[server]
pub async fn change_day() -> Result<(), AppError> {
    use crate::kept::booking;
    let cx = crate::state::context().await?;
    if let Some(mut d) = booking::read(&cx) {
        booking::release(&cx, &mut d, cx.offers()).await?;
        booking::write(&cx, &d);
    }
    leptos_axum::redirect("/ei/book");
    Ok(())
}
