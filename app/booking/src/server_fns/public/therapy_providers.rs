use crate::error::AppError;
use crate::types::ProviderView;
use leptos::prelude::*;

/// Therapy providers offering the services a report recommends, nearest first.
#[server]
pub async fn therapy_providers(
    district: domain::booking::District,
    #[server(default)] services: Vec<domain::booking::report::Service>,
) -> Result<Vec<ProviderView>, AppError> {
    let cx = platform::ssr::guard::context().await?;
    crate::usecase::therapy_providers::therapy_providers(&cx, district, services).await
}
