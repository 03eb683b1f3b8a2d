//! The county's directory of local farms and producers (public).

use super::supplier_views::{today, views};
use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::SupplierView;

pub async fn farm_directory(cx: &MealsCx) -> Result<Vec<SupplierView>, AppError> {
    let rows = crate::store::suppliers::directory(&cx.db).await?;
    views(cx, rows, today(cx), None).await
}
