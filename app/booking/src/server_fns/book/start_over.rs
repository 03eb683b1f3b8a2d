use crate::error::AppError;
use leptos::prelude::*;

/// Forgets the answers (and gives back a held place) to answer the check again.
#[server]
pub async fn start_over() -> Result<(), AppError> {
    crate::kept::booking::forget(&platform::ssr::guard::context().await?).await?;
    leptos_axum::redirect("/ei/book");
    Ok(())
}
