//! Rows to wire types (server only).

use crate::error::AppError;
use crate::store::meals::MealRow;
use crate::types::{MealDetail, MealSummary};
use domain::meals::Standard;

/// The total of a meal computed on an older edition than `latest`, on
/// `latest` (from its stored recipe); none for a meal on `latest`.
pub fn on_latest_kg(r: &MealRow, latest: &Standard) -> Option<f64> {
    (r.edition < i64::from(latest.edition))
        .then(|| serde_json::from_str::<domain::meals::MealInput>(&r.spec).ok())
        .flatten()
        .and_then(|input| domain::meals::compute(latest, &input).ok())
        .map(|f| f.total_kg_co2e)
}

/// The row's summary (`on_latest_kg` is left for the restaurant's own menu to fill).
pub fn summary(r: &MealRow, latest: &Standard) -> MealSummary {
    MealSummary {
        on_latest_kg: None,
        id: r.id,
        slug: r.slug.clone(),
        name: r.name(),
        kind: r.kind,
        total_kg: r.total_kg,
        band: r.band,
        edition: r.edition as u32,
        latest_edition: latest.edition,
        on_menu: r.on_menu == 1,
        restaurant_id: r.restaurant_id,
        restaurant: r.restaurant(),
    }
}

/// A saved meal with its recipe and result. Both are written from typed
/// values, so one that does not read back is wrong data: logged and refused.
pub fn detail(r: &MealRow, latest: &Standard) -> Result<MealDetail, AppError> {
    use platform::ssr::db::{stored_json, unreadable};
    Ok(MealDetail {
        summary: summary(r, latest),
        input: stored_json(&format!("recipe of meal {}", r.id), &r.spec).map_err(unreadable)?,
        footprint: stored_json(&format!("result of meal {}", r.id), &r.result).map_err(unreadable)?,
        chain: None,
        certificate: None,
    })
}

/// Where a saved meal's food came from: each line's supplier as it is on
/// `today` (a certificate that has expired since no longer counts), and the
/// local and certified shares of the food by mass. A line without a
/// supplier is local when the cook chose the local origin, and never
/// certified (a certificate is the supplier's).
pub async fn chain(
    db: &platform::ssr::Db,
    d: &MealDetail,
    today: chrono::NaiveDate,
) -> Result<crate::types::MealChain, AppError> {
    Ok(chain_and_masses(db, d, today).await?.0)
}

/// As [`chain`], with each line's mass as the shares count it (a menu's
/// shares add the lines of all its meals).
pub async fn chain_and_masses(
    db: &platform::ssr::Db,
    d: &MealDetail,
    today: chrono::NaiveDate,
) -> Result<(crate::types::MealChain, Vec<domain::meals::sourcing::SourcedMass>), AppError> {
    let listed = crate::store::suppliers::of_restaurant(db, d.summary.restaurant_id).await?;
    Ok(chain_from(&listed, d, today))
}

/// As [`chain_and_masses`], from the restaurant's suppliers already read
/// (a menu's meals share one list).
pub fn chain_from(
    listed: &[crate::store::suppliers::SupplierRow],
    d: &MealDetail,
    today: chrono::NaiveDate,
) -> (crate::types::MealChain, Vec<domain::meals::sourcing::SourcedMass>) {
    use domain::meals::sourcing::{SourcedMass, SupplierMark, shares, sourced};
    use domain::meals::supplier::certified_on;
    let briefs: Vec<Option<crate::types::SupplierBrief>> = d
        .input
        .items
        .iter()
        .map(|it| {
            let row = listed.iter().find(|s| Some(s.id.get()) == it.supplier)?;
            Some(crate::types::SupplierBrief {
                name: row.name(),
                kind: row.kind,
                locality: row.locality,
                certified: certified_on(row.certificate().as_ref(), today),
                is_demo: row.is_demo != 0,
            })
        })
        .collect();
    let masses: Vec<SourcedMass> = d
        .footprint
        .lines
        .iter()
        .zip(&briefs)
        .map(|(line, brief)| {
            sourced(
                line.grams,
                line.origin,
                brief.as_ref().map(|b| SupplierMark {
                    local: b.locality.is_local(),
                    certified: b.certified.is_some(),
                }),
            )
        })
        .collect();
    (
        crate::types::MealChain {
            shares: shares(&masses),
            suppliers: briefs,
        },
        masses,
    )
}
