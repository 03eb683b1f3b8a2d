use crate::error::AppError;
use crate::types::CertificateView;
use leptos::prelude::*;

/// The public directory: restaurants holding a valid certificate whose
/// listing the county has approved.
#[server]
pub async fn certified_restaurants() -> Result<Vec<CertificateView>, AppError> {
    crate::usecase::certified_restaurants::certified_restaurants(&crate::state::context().await?).await
}
