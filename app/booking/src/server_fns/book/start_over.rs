use crate::error::AppError;
use leptos::prelude::*;

/// Forgets the answers (and gives back a held place) to answer the check again.
#[server]
pub async fn start_over() -> Result<(), AppError> {
    let cx = crate::state::context().await?;
    crate::kept::booking::forget(&cx, cx.offers()).await?;
    leptos_axum::redirect("/ei/book");
    Ok(())
}
