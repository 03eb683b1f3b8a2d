use crate::error::AppError;
use domain::ids::SupplierId;
use leptos::prelude::*;

/// Adds what a supplier grows, with its months (from and to, wrapping over
/// the new year): to the restaurant's own supplier, or the county's to a
/// directory farm.
#[server]
pub async fn add_produce(
    supplier: SupplierId,
    name_zh: String,
    name_en: String,
    from_month: u32,
    to_month: u32,
    ingredient: String,
) -> Result<(), AppError> {
    use crate::usecase::add_produce::{NewProduce, add_produce};
    let keeper = super::keeper::keeper().await?;
    let new = NewProduce {
        name: domain::Bilingual::new(name_zh, name_en),
        from_month,
        to_month,
        ingredient,
    };
    add_produce(&crate::state::context().await?, &keeper, supplier, new).await?;
    leptos_axum::redirect(&crate::paths::suppliers_done(keeper.restaurant(), "produce"));
    Ok(())
}
