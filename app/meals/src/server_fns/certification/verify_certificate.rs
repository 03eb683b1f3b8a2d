use crate::error::AppError;
use crate::types::CertificateView;
use leptos::prelude::*;

/// Checks a certificate by its number (public; the label's QR code opens it).
/// A certificate of a restaurant that is not public is not found.
#[server]
pub async fn verify_certificate(number: String) -> Result<CertificateView, AppError> {
    crate::usecase::verify_certificate::verify_certificate(&crate::state::context().await?, &number).await
}
