use crate::error::AppError;
use crate::types::NewSupplier;
use domain::ids::SupplierId;
use leptos::prelude::*;

/// Adds a supplier: a restaurant's own, or (the county) a directory farm.
#[server]
pub async fn add_supplier(#[server(flatten)] form: NewSupplier) -> Result<SupplierId, AppError> {
    let keeper = super::keeper::keeper().await?;
    let id = crate::usecase::add_supplier::add_supplier(&crate::state::context().await?, &keeper, form).await?;
    leptos_axum::redirect(&crate::paths::suppliers_done(keeper.restaurant(), "added"));
    Ok(id)
}
