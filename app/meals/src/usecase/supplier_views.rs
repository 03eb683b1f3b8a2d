//! Suppliers as the pages show them (shared by the directory and a
//! restaurant's lists), and who keeps a supplier.

use crate::error::AppError;
use crate::types::SupplierView;
use domain::ids::{RestaurantId, SupplierId};
use platform::ssr::actor::{CountyAdmin, RestaurantStaff};

/// Who keeps suppliers: the county (the directory of farms) or a restaurant
/// (its own list).
#[derive(Clone, Debug)]
pub enum Keeper {
    County(CountyAdmin),
    Restaurant(RestaurantStaff),
}

impl Keeper {
    /// The restaurant whose list it is; none for the county's directory.
    pub fn restaurant(&self) -> Option<RestaurantId> {
        match self {
            Keeper::County(_) => None,
            Keeper::Restaurant(r) => Some(r.restaurant),
        }
    }
}

/// Today in Taiwan.
pub fn today(cx: &platform::ssr::Context) -> chrono::NaiveDate {
    domain::platform::taipei::local_datetime(cx.clock.now()).date()
}

/// The suppliers with their products, as pages show them; `from`: the
/// restaurant's place, to give each supplier's road distance.
pub async fn views(
    cx: &platform::ssr::Context,
    rows: Vec<crate::store::suppliers::SupplierRow>,
    today: chrono::NaiveDate,
    from: Option<domain::meals::sourcing::GeoPoint>,
) -> Result<Vec<SupplierView>, AppError> {
    use chrono::Datelike;
    use domain::meals::sourcing::{ROAD_FACTOR, road_km};
    let ids: Vec<SupplierId> = rows.iter().map(|r| r.id).collect();
    let produce = crate::store::suppliers::produce_of(&cx.db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let certificate = r.certificate();
            SupplierView {
                id: r.id,
                kind: r.kind,
                name: r.name(),
                place: crate::labels::locality_names(&cx.config.installation, r.locality),
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
