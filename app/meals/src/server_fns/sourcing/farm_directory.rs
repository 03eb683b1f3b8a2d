use crate::error::AppError;
use crate::types::SupplierView;
use leptos::prelude::*;

/// The county's directory of local farms and producers (public).
#[server]
pub async fn farm_directory() -> Result<Vec<SupplierView>, AppError> {
    crate::usecase::farm_directory::farm_directory(&crate::state::context().await?).await
}
