use crate::error::AppError;
use crate::types::CentreView;
use leptos::prelude::*;

/// The active centres.
#[server]
pub async fn list_centres() -> Result<Vec<CentreView>, AppError> {
    crate::usecase::centres::list_centres(&platform::ssr::guard::context().await?, true).await
}
