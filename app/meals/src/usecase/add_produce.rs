//! Adds what a supplier grows, with its months (from and to, wrapping over
//! the new year): to the restaurant's own supplier, or the county's to a
//! directory farm.

use super::supplier_views::Keeper;
use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use domain::ids::SupplierId;
use domain::meals::supplier::{Produce, Season, SupplierError, clean_name};

/// What grows, as the form states it.
#[derive(Clone, Debug)]
pub struct NewProduce {
    pub name: domain::Bilingual,
    pub from_month: u32,
    pub to_month: u32,
    /// The standard's ingredient it is, if named (empty: none).
    pub ingredient: String,
}

pub async fn add_produce(cx: &MealsCx, keeper: &Keeper, supplier: SupplierId, new: NewProduce) -> Result<(), AppError> {
    let bad = |e: SupplierError| AppError::Service(MealsError::Supplier(e));
    let name = clean_name(&new.name).map_err(bad)?;
    let season = Season::months(new.from_month, new.to_month).ok_or(bad(SupplierError::SeasonInvalid))?;
    let ingredient_id = match new.ingredient.trim() {
        "" => None,
        id => Some(
            cx.latest()
                .await?
                .ingredient(id)
                .ok_or(AppError::InvalidInput)?
                .id
                .clone(),
        ),
    };
    let p = Produce {
        name,
        season,
        ingredient_id,
    };
    if !crate::store::suppliers::add_produce(&cx.db, keeper.restaurant(), supplier, &p).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
