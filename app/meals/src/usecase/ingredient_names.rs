//! The standard's ingredients by name, for naming what a supplier grows.

use crate::error::AppError;
use crate::state::MealsCx;

pub async fn ingredient_names(cx: &MealsCx) -> Result<Vec<(String, domain::Bilingual)>, AppError> {
    let std = cx.latest().await?;
    Ok(std.ingredients.iter().map(|i| (i.id.clone(), i.name.clone())).collect())
}
