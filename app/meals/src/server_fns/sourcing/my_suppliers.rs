use crate::error::AppError;
use crate::types::SupplierLists;
use leptos::prelude::*;

/// The signed-in restaurant's suppliers, and the directory's farms it has not picked.
#[server]
pub async fn my_suppliers() -> Result<SupplierLists, AppError> {
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    crate::usecase::my_suppliers::my_suppliers(&crate::state::context().await?, &me).await
}
