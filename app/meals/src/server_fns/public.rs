//! Open to everyone: the standard, the menus, a meal's page and its label.

use crate::error::AppError;
use crate::types::{EditionInfo, LabelView, MealDetail, RestaurantMenu};
use domain::meals::Standard;
use leptos::prelude::*;

/// The newest edition of the standard (the builder computes with it in the browser).
#[server]
pub async fn current_standard() -> Result<Standard, AppError> {
    let state = platform::ssr::state::app_state()?;
    let s = crate::store::standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    Ok((*s).clone())
}

/// The newest edition's rating scale (the introduction states its bands).
#[server]
pub async fn current_rating() -> Result<domain::meals::standard::RatingScale, AppError> {
    let state = platform::ssr::state::app_state()?;
    let s = crate::store::standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    Ok(s.rating.clone())
}

#[server]
pub async fn standard_edition(edition: u32) -> Result<Standard, AppError> {
    let state = platform::ssr::state::app_state()?;
    crate::store::standard::edition(&state.db, i64::from(edition))
        .await?
        .ok_or(AppError::NotFound)
}

#[server]
pub async fn list_editions() -> Result<Vec<EditionInfo>, AppError> {
    let state = platform::ssr::state::app_state()?;
    // The public sees the county as the publisher; only its curators see
    // which account published an edition.
    let curator = platform::ssr::guard::current_user()
        .await?
        .is_some_and(|u| u.role.may(domain::platform::Permission::CurateStandard));
    Ok(crate::store::standard::editions(&state.db)
        .await?
        .into_iter()
        .map(|e| EditionInfo {
            edition: e.edition as u32,
            note: e.note,
            created_at: e.created_at,
            created_by: e.created_by.filter(|_| curator),
        })
        .collect())
}

#[server]
pub async fn public_menus() -> Result<Vec<RestaurantMenu>, AppError> {
    use crate::store::{meals, restaurants, standard};
    let state = platform::ssr::state::app_state()?;
    let latest = standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    let rows = meals::on_menus(&state.db).await?;
    let mut out = Vec::new();
    for r in restaurants::list_public(&state.db).await? {
        let list: Vec<_> = rows
            .iter()
            .filter(|m| m.restaurant_id == r.id)
            .map(|m| super::convert::summary(m, &latest))
            .collect();
        if !list.is_empty() {
            out.push(RestaurantMenu {
                id: r.id,
                name: r.name(),
                township: r.township,
                meals: list,
            });
        }
    }
    Ok(out)
}

#[server]
pub async fn public_meal(slug: String) -> Result<MealDetail, AppError> {
    use crate::store::{meals, standard};
    let state = platform::ssr::state::app_state()?;
    let latest = standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    let row = meals::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound)?;
    if !shown_to_viewer(&state, row.restaurant_id).await? {
        return Err(AppError::NotFound);
    }
    let mut d = super::convert::detail(&row, &latest)?;
    d.chain = Some(super::convert::chain(&state.db, &d, state.clock.today()).await?);
    d.certificate = super::certification::valid_certificate_of(&state, d.summary.restaurant_id).await?;
    Ok(d)
}

/// A meal's page is public once the county has approved its restaurant;
/// before (or while suspended) only the restaurant's own staff and the
/// county see it, to preview the page and the label. To anyone else it
/// does not exist.
#[cfg(feature = "ssr")]
async fn shown_to_viewer(
    state: &platform::ssr::AppState,
    restaurant: domain::ids::RestaurantId,
) -> Result<bool, AppError> {
    let r = crate::store::restaurants::get(&state.db, restaurant)
        .await?
        .ok_or(AppError::NotFound)?;
    if r.listing.is_public() {
        return Ok(true);
    }
    Ok(platform::ssr::guard::current_user()
        .await?
        .is_some_and(|u| u.role == domain::platform::Role::CountyAdmin || u.restaurant_id == Some(restaurant)))
}

/// The meal with a QR code of its public page, for the printable label.
#[server]
pub async fn meal_label(slug: String) -> Result<LabelView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let detail = public_meal(slug.clone()).await?;
    let url = format!("{}/m/{}", state.config.public_base_url, detail.summary.slug);
    let qr_svg = qr(&url, "qr", 160)?;
    let verify = match &detail.certificate {
        Some(c) => {
            let at = format!("{}/verify?number={}", state.config.public_base_url, c.number);
            Some((qr(&at, "qr qr-verify", 110)?, at))
        }
        None => None,
    };
    Ok(LabelView {
        detail,
        qr_svg,
        url,
        verify,
    })
}

/// A QR code of `url` as SVG, with the class given.
#[cfg(feature = "ssr")]
fn qr(url: &str, class: &str, size: u32) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .build()
        .replacen(
            "<svg ",
            &format!("<svg class=\"{class}\" role=\"img\" aria-label=\"QR\" "),
            1,
        ))
}
