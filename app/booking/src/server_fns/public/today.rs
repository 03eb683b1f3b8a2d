use crate::error::AppError;
use leptos::prelude::*;

/// Today in Taipei, from the server's clock (pages never read the browser's).
#[server]
pub async fn today() -> Result<chrono::NaiveDate, AppError> {
    Ok(platform::ssr::guard::context().await?.clock.today())
}
