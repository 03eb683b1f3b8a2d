use crate::error::AppError;
use domain::ids::SupplierId;
use leptos::prelude::*;

/// Puts a directory farm on the restaurant's list.
#[server]
pub async fn pick_supplier(supplier: SupplierId) -> Result<(), AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::pick_supplier::pick_supplier(&crate::state::context().await?, &me, supplier).await?;
    leptos_axum::redirect(&crate::paths::suppliers_done(Some(me.restaurant), "picked"));
    Ok(())
}
