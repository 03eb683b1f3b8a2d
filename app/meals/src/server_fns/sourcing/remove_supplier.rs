use crate::error::AppError;
use domain::ids::SupplierId;
use leptos::prelude::*;

/// Takes a supplier off the restaurant's list (its own is deleted).
#[server]
pub async fn remove_supplier(supplier: SupplierId) -> Result<(), AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::remove_supplier::remove_supplier(&crate::state::context().await?, &me, supplier).await?;
    leptos_axum::redirect(&crate::paths::suppliers_done(Some(me.restaurant), "removed"));
    Ok(())
}
