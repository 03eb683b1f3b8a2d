use crate::error::AppError;
use crate::types::county::CountyPublicView;
use leptos::prelude::*;

/// The public summary of the county's meals (no account needed).
#[server]
pub async fn county_summary(
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<CountyPublicView, AppError> {
    crate::usecase::county_summary::county_summary(&crate::state::context().await?, &from, &to).await
}
