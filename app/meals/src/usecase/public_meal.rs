//! A meal's public page: its footprint, where its food came from and its
//! restaurant's certificate. Public once the county has approved the
//! restaurant; before (or while suspended) only the restaurant's own staff
//! and the county see it, to preview the page and the label. To anyone else
//! it does not exist.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::MealDetail;
use domain::ids::RestaurantId;
use domain::platform::Role;
use platform::ssr::auth_backend::SessionUser;

async fn shown_to(cx: &MealsCx, viewer: Option<&SessionUser>, restaurant: RestaurantId) -> Result<bool, AppError> {
    let r = crate::store::restaurants::get(&cx.db, restaurant)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(r.listing.is_public()
        || viewer.is_some_and(|u| u.role == Role::CountyAdmin || u.restaurant_id == Some(restaurant)))
}

/// `viewer`: who is signed in, if anyone.
pub async fn public_meal(cx: &MealsCx, viewer: Option<&SessionUser>, slug: &str) -> Result<MealDetail, AppError> {
    let latest = cx.latest().await?;
    let row = crate::store::meals::by_slug(&cx.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if !shown_to(cx, viewer, row.restaurant_id).await? {
        return Err(AppError::NotFound);
    }
    let mut d = crate::convert::detail(&row, &latest)?;
    d.chain = Some(crate::convert::chain(&cx.db, &d, cx.clock.today()).await?);
    d.certificate = super::certifying::valid_certificate_of(cx, d.summary.restaurant_id).await?;
    Ok(d)
}
