//! The check of a certificate by its number (public: the label's QR code opens it).

use super::certifying;
use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::CertificateView;

/// The longest certificate number looked up.
const NUMBER_MAX_LEN: usize = 40;

/// A certificate by its number; one of a restaurant that is not public is
/// not found. The public learns that it was revoked, not the county's
/// reason (free text, for the restaurant).
pub async fn verify_certificate(cx: &MealsCx, number: &str) -> Result<CertificateView, AppError> {
    let number = number.trim().to_uppercase();
    if number.is_empty() || number.len() > NUMBER_MAX_LEN {
        return Err(AppError::NotFound);
    }
    crate::store::certification::by_number(&cx.db, &number)
        .await?
        .filter(|c| c.listing.is_public())
        .and_then(|c| certifying::certificate(c, cx.clock.today()))
        .map(|c| CertificateView {
            revoke_reason: String::new(),
            ..c
        })
        .ok_or(AppError::NotFound)
}
