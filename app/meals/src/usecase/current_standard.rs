//! The newest edition of the standard (the builder computes with it in the
//! browser; the introduction states its bands).

use crate::error::AppError;
use crate::state::MealsCx;
use domain::meals::Standard;

/// The newest edition.
pub async fn current_standard(cx: &MealsCx) -> Result<Standard, AppError> {
    Ok((*cx.latest().await?).clone())
}
