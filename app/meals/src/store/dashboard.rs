//! The rows the county's dashboard counts (server only): the meals of
//! approved restaurants saved in a period, each line with how its sourcing
//! counts today. The figures are `domain::meals::dashboard`'s.

use super::suppliers::{COLUMNS, SupplierRow};
use domain::Named;
use domain::meals::dashboard::{MealLine, MealRow};
use domain::meals::sourcing::{SupplierMark, sourced};
use domain::meals::supplier::certified_on;
use domain::meals::{Band, Origin, Township};
use domain::platform::taipei;
use domain::stats::Period;
use platform::ssr::{Db, StoreError};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// The parts of a saved recipe the dashboard reads (the rest is skipped
/// unparsed).
#[derive(Deserialize)]
struct Recipe {
    items: Vec<RecipeItem>,
}

#[derive(Deserialize)]
struct RecipeItem {
    #[serde(default)]
    supplier: Option<i64>,
}

/// The parts of a saved footprint the dashboard reads.
#[derive(Deserialize)]
struct Result_ {
    lines: Vec<ResultLine>,
}

#[derive(Deserialize)]
struct ResultLine {
    ingredient_id: String,
    grams: f64,
    origin: Origin,
    kg_co2e: f64,
}

type MealTuple = (i64, String, i64, f64, String, String, String);

/// The meals of approved restaurants first saved in `period`, their lines
/// marked local and certified as on `today` (a line's supplier counts only
/// while it is on the restaurant's list, as on the meal's public page).
pub async fn meals(db: &Db, period: Period, today: chrono::NaiveDate) -> Result<Vec<MealRow>, StoreError> {
    let at = |d: chrono::NaiveDate| taipei::epoch_of(d.and_hms_opt(0, 0, 0).unwrap_or_default());
    let suppliers: Vec<SupplierRow> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM suppliers s"))
        .fetch_all(&db.pool)
        .await?;
    let marks: HashMap<i64, SupplierMark> = suppliers
        .iter()
        .map(|s| {
            (
                s.id.get(),
                SupplierMark {
                    local: s.locality.is_local(),
                    certified: certified_on(s.certificate().as_ref(), today).is_some(),
                },
            )
        })
        .collect();
    let listed: HashSet<(i64, i64)> =
        sqlx::query_as::<_, (i64, i64)>("SELECT restaurant_id, supplier_id FROM restaurant_suppliers")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .collect();
    let rows: Vec<MealTuple> = sqlx::query_as(
        "SELECT m.restaurant_id, r.township, m.created_at, m.total_kg, m.band, m.spec, m.result
         FROM meals m JOIN restaurants r ON r.id = m.restaurant_id
         WHERE r.listing = 'approved' AND m.created_at >= $1 AND m.created_at < $2",
    )
    .bind(at(period.first))
    .bind(at(period.end()))
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (restaurant, township, created, total_kg, band, spec, result) in rows {
        let (Some(township), Some(band), Ok(recipe), Ok(result)) = (
            Township::parse(&township),
            Band::parse(&band),
            serde_json::from_str::<Recipe>(&spec),
            serde_json::from_str::<Result_>(&result),
        ) else {
            tracing::warn!(restaurant, "a saved meal does not read; left out of the dashboard");
            continue;
        };
        let lines = result
            .lines
            .into_iter()
            .zip(recipe.items.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(l, item)| {
                let mark = item
                    .and_then(|i| i.supplier)
                    .filter(|s| listed.contains(&(restaurant, *s)))
                    .and_then(|s| marks.get(&s).copied());
                let m = sourced(l.grams, l.origin, mark);
                MealLine {
                    ingredient: l.ingredient_id,
                    kg_food: m.kg,
                    kg_co2e: l.kg_co2e,
                    local: m.local,
                    certified: m.certified,
                }
            })
            .collect();
        out.push(MealRow {
            restaurant,
            township,
            saved: taipei::date_at(created),
            total_kg,
            band,
            lines,
        });
    }
    Ok(out)
}
