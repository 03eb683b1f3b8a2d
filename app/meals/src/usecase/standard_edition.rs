//! One edition of the standard, by its number.

use crate::error::AppError;
use crate::state::MealsCx;
use domain::meals::Standard;

pub async fn standard_edition(cx: &MealsCx, edition: u32) -> Result<Standard, AppError> {
    crate::store::standard::edition(&cx.db, i64::from(edition))
        .await?
        .ok_or(AppError::NotFound)
}
