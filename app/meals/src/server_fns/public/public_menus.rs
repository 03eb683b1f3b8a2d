use crate::error::AppError;
use crate::types::RestaurantMenu;
use leptos::prelude::*;

/// The menus of the restaurants the county has approved.
#[server]
pub async fn public_menus() -> Result<Vec<RestaurantMenu>, AppError> {
    crate::usecase::public_menus::public_menus(&crate::state::context().await?).await
}
