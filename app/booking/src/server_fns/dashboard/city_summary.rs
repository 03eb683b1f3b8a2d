use crate::error::AppError;
use domain::booking::dashboard::CityPublic;
use leptos::prelude::*;

/// The public summary of the city's figures (no account needed).
#[server]
pub async fn city_summary(
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<CityPublic, AppError> {
    crate::usecase::city_summary::city_summary(&platform::ssr::guard::context().await?, &from, &to).await
}
