//! Suppliers and the county's directory of local farms: the public
//! directory, a restaurant's list (its own suppliers and those it picked),
//! adding a supplier or a product (the county adds to the directory).

// A plain HTML form posts one field per argument (it works without
// JavaScript): the supplier form has ten, and the code the `server` macro
// generates for the browser cannot carry an attribute of its own.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::types::{SupplierLists, SupplierView};
use domain::ids::SupplierId;
use leptos::prelude::*;

/// Who is adding: the county (to the directory) or a restaurant (its own).
#[cfg(feature = "ssr")]
async fn keeper() -> Result<(platform::ssr::AppState, Option<domain::ids::RestaurantId>), AppError> {
    use domain::platform::Role;
    use platform::ssr::{guard, state::app_state};
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let owner = match me.role {
        Role::CountyAdmin => None,
        Role::RestaurantStaff => Some(me.restaurant_id.ok_or(AppError::Forbidden)?),
        _ => return Err(AppError::Forbidden),
    };
    // Signed in with a password that must be changed, or without the
    // second factor, the guard refuses like everywhere else.
    let needed = if owner.is_some() {
        domain::platform::Permission::BuildMeals
    } else {
        domain::platform::Permission::ManageRestaurants
    };
    guard::require(needed).await?;
    Ok((app_state()?, owner))
}

#[cfg(feature = "ssr")]
fn today(state: &platform::ssr::AppState) -> chrono::NaiveDate {
    domain::platform::taipei::local_datetime(state.clock.now()).date()
}

#[cfg(feature = "ssr")]
fn where_to(owner: Option<domain::ids::RestaurantId>) -> &'static str {
    if owner.is_some() {
        "/meals/suppliers"
    } else {
        "/county/farms"
    }
}

/// The suppliers with their products, as pages show them; `from`: the
/// restaurant's place, to give each supplier's road distance.
#[cfg(feature = "ssr")]
async fn views(
    db: &platform::ssr::Db,
    rows: Vec<crate::store::suppliers::SupplierRow>,
    today: chrono::NaiveDate,
    from: Option<domain::meals::sourcing::GeoPoint>,
) -> Result<Vec<SupplierView>, AppError> {
    use chrono::Datelike;
    use domain::meals::sourcing::{ROAD_FACTOR, road_km};
    let ids: Vec<SupplierId> = rows.iter().map(|r| r.id).collect();
    let produce = crate::store::suppliers::produce_of(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let certificate = r.certificate();
            SupplierView {
                id: r.id,
                kind: r.kind,
                name: r.name(),
                locality: r.locality,
                location: r.location(),
                certified: certificate.as_ref().is_some_and(|c| c.counts_on(today)),
                certificate,
                produce: produce
                    .iter()
                    .filter(|p| p.supplier_id == r.id)
                    .filter_map(|p| p.produce())
                    .map(|p| crate::types::ProduceView {
                        in_season: p.season.contains(today.month()),
                        produce: p,
                    })
                    .collect(),
                in_directory: r.restaurant_id.is_none(),
                is_demo: r.is_demo != 0,
                road_km: from.map(|f| road_km(f, r.location(), ROAD_FACTOR)),
            }
        })
        .collect())
}

/// The county's directory of local farms and producers (public).
#[server]
pub async fn farm_directory() -> Result<Vec<SupplierView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    let rows = crate::store::suppliers::directory(&state.db).await?;
    views(&state.db, rows, today(&state), None).await
}

/// The signed-in restaurant's suppliers, and the directory's farms it has not picked.
#[server]
pub async fn my_suppliers() -> Result<SupplierLists, AppError> {
    use crate::store::{restaurants, suppliers};
    let (state, owner) = keeper().await?;
    let r = owner.ok_or(AppError::Forbidden)?;
    let at = restaurants::get(&state.db, r).await?.map(|r| r.township.centre());
    let day = today(&state);
    let mine = views(&state.db, suppliers::of_restaurant(&state.db, r).await?, day, at).await?;
    let directory = suppliers::directory(&state.db)
        .await?
        .into_iter()
        .filter(|d| !mine.iter().any(|m| m.id == d.id))
        .collect();
    Ok(SupplierLists {
        directory: views(&state.db, directory, day, at).await?,
        mine,
        month: chrono::Datelike::month(&day),
    })
}

/// A number typed in a form, or none when left empty.
#[cfg(feature = "ssr")]
fn optional_number(s: &str) -> Result<Option<f64>, ()> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some).ok_or(())
}

/// Adds a supplier: a restaurant's own, or (the county) a directory farm.
/// The location may be left empty (the township's or county's centre); a
/// certificate is given whole (kind, number, body, expiry) or not at all.
#[server]
pub async fn add_supplier(
    kind: String,
    name_zh: String,
    name_en: String,
    locality: String,
    lat: String,
    lon: String,
    certification: String,
    certificate_number: String,
    certificate_body: String,
    certificate_expires: String,
) -> Result<SupplierId, AppError> {
    use crate::error::MealsError;
    use domain::Named;
    use domain::meals::locality::Locality;
    use domain::meals::sourcing::{FarmCertificate, FarmCertification, GeoPoint};
    use domain::meals::supplier::{SupplierDraft, SupplierError, SupplierKind};
    let (state, owner) = keeper().await?;
    let bad = |e: SupplierError| AppError::Service(MealsError::Supplier(e));
    let kind = SupplierKind::parse(&kind).ok_or(AppError::InvalidInput)?;
    let locality = Locality::parse(&locality).ok_or(AppError::InvalidInput)?;
    let location = match (optional_number(&lat), optional_number(&lon)) {
        (Ok(None), Ok(None)) => None,
        (Ok(Some(lat)), Ok(Some(lon))) => {
            Some(GeoPoint::new(lat, lon).ok_or(bad(SupplierError::LocationOutsideTaiwan))?)
        }
        _ => return Err(bad(SupplierError::LocationOutsideTaiwan)),
    };
    let certificate = if certification.trim().is_empty() {
        None
    } else {
        Some(FarmCertificate {
            kind: FarmCertification::parse(&certification).ok_or(AppError::InvalidInput)?,
            number: certificate_number,
            body: certificate_body,
            expires: certificate_expires
                .trim()
                .parse()
                .map_err(|_| bad(SupplierError::CertificateInvalid))?,
        })
    };
    let draft = SupplierDraft {
        kind,
        name: domain::Bilingual::new(name_zh, name_en),
        locality,
        location,
        certificate,
    };
    let (draft, at) = draft.checked(today(&state)).map_err(bad)?;
    let id = crate::store::suppliers::insert(&state.db, owner, &draft, at, false, state.clock.now()).await?;
    leptos_axum::redirect(&format!("{}?done=added", where_to(owner)));
    Ok(id)
}

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
    use crate::error::MealsError;
    use domain::meals::supplier::{Produce, Season, SupplierError, clean_name};
    let (state, owner) = keeper().await?;
    let bad = |e: SupplierError| AppError::Service(MealsError::Supplier(e));
    let name = clean_name(&domain::Bilingual::new(name_zh, name_en)).map_err(bad)?;
    let season = Season::months(from_month, to_month).ok_or(bad(SupplierError::SeasonInvalid))?;
    let ingredient_id = match ingredient.trim() {
        "" => None,
        id => {
            let std = crate::store::standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
            Some(std.ingredient(id).ok_or(AppError::InvalidInput)?.id.clone())
        }
    };
    let p = Produce {
        name,
        season,
        ingredient_id,
    };
    if !crate::store::suppliers::add_produce(&state.db, owner, supplier, &p).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?done=produce", where_to(owner)));
    Ok(())
}

/// The standard's ingredients by name, for naming what a supplier grows.
#[server]
pub async fn ingredient_names() -> Result<Vec<(String, domain::Bilingual)>, AppError> {
    let state = platform::ssr::state::app_state()?;
    let std = crate::store::standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    Ok(std.ingredients.iter().map(|i| (i.id.clone(), i.name.clone())).collect())
}

/// Puts a directory farm on the restaurant's list.
#[server]
pub async fn pick_supplier(supplier: SupplierId) -> Result<(), AppError> {
    let (state, owner) = keeper().await?;
    let r = owner.ok_or(AppError::Forbidden)?;
    if !crate::store::suppliers::pick(&state.db, r, supplier, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/meals/suppliers?done=picked");
    Ok(())
}

/// Takes a supplier off the restaurant's list (its own is deleted).
#[server]
pub async fn remove_supplier(supplier: SupplierId) -> Result<(), AppError> {
    let (state, owner) = keeper().await?;
    let r = owner.ok_or(AppError::Forbidden)?;
    if !crate::store::suppliers::remove(&state.db, r, supplier).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/meals/suppliers?done=removed");
    Ok(())
}
