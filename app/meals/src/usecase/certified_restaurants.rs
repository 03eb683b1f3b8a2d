//! The public directory of certified restaurants: a valid certificate and a
//! listing the county has approved.

use super::certifying;
use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::CertificateView;
use domain::meals::certificate::CertificateState;

/// Restaurants holding a valid certificate whose listing the county has approved.
pub async fn certified_restaurants(cx: &MealsCx) -> Result<Vec<CertificateView>, AppError> {
    let today = cx.clock.today();
    Ok(crate::store::certification::current(&cx.db)
        .await?
        .into_iter()
        .filter(|c| c.listing.is_public())
        .filter_map(|c| certifying::certificate(c, today))
        .filter(|c| c.state == CertificateState::Valid)
        .collect())
}
