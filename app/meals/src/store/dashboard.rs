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
use std::sync::{Arc, Mutex};

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

/// A saved meal's line as the dashboard needs it.
#[derive(Clone, Debug)]
struct SavedLine {
    ingredient: Arc<str>,
    grams: f64,
    origin: Origin,
    kg_co2e: f64,
    supplier: Option<i64>,
}

/// The lines of saved meals, read from their stored JSON once per version
/// of the meal (its `updated_at`) and kept in memory: the dashboard then
/// reads only the meals' small columns. A few megabytes for tens of
/// thousands of meals; filled when the dashboard is first opened.
#[derive(Clone, Default)]
pub struct LinesCache {
    inner: Arc<Mutex<Lines>>,
}

#[derive(Default)]
struct Lines {
    by_meal: HashMap<i64, (i64, Arc<[SavedLine]>)>,
    /// Ingredient ids, shared by every line that names them.
    names: HashSet<Arc<str>>,
}

impl Lines {
    fn name(&mut self, id: &str) -> Arc<str> {
        if let Some(n) = self.names.get(id) {
            return n.clone();
        }
        let n: Arc<str> = Arc::from(id);
        self.names.insert(n.clone());
        n
    }
}

fn parse(lines: &mut Lines, spec: &str, result: &str) -> Option<Arc<[SavedLine]>> {
    let recipe: Recipe = serde_json::from_str(spec).ok()?;
    let result: Result_ = serde_json::from_str(result).ok()?;
    let suppliers = recipe.items.iter().map(|i| i.supplier).chain(std::iter::repeat(None));
    Some(
        result
            .lines
            .into_iter()
            .zip(suppliers)
            .map(|(l, supplier)| SavedLine {
                ingredient: lines.name(&l.ingredient_id),
                grams: l.grams,
                origin: l.origin,
                kg_co2e: l.kg_co2e,
                supplier,
            })
            .collect(),
    )
}

type MealTuple = (i64, i64, i64, String, i64, f64, String);

/// The meals of approved restaurants first saved in `period`, their lines
/// marked local and certified as on `today` (a line's supplier counts only
/// while it is on the restaurant's list, as on the meal's public page).
pub async fn meals(
    db: &Db,
    cache: &LinesCache,
    period: Period,
    today: chrono::NaiveDate,
) -> Result<Vec<MealRow>, StoreError> {
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
    const WHERE: &str = "FROM meals m JOIN restaurants r ON r.id = m.restaurant_id
         WHERE r.listing = 'approved' AND m.created_at >= $1 AND m.created_at < $2";
    let rows: Vec<MealTuple> = sqlx::query_as(&format!(
        "SELECT m.id, m.updated_at, m.restaurant_id, r.township, m.created_at, m.total_kg, m.band {WHERE}"
    ))
    .bind(at(period.first))
    .bind(at(period.end()))
    .fetch_all(&db.pool)
    .await?;
    let stale = {
        let known = cache.inner.lock().map_err(|_| StoreError::Busy)?;
        rows.iter()
            .any(|(id, updated, ..)| known.by_meal.get(id).is_none_or(|(u, _)| u != updated))
    };
    if stale {
        let texts: Vec<(i64, i64, String, String)> =
            sqlx::query_as(&format!("SELECT m.id, m.updated_at, m.spec, m.result {WHERE}"))
                .bind(at(period.first))
                .bind(at(period.end()))
                .fetch_all(&db.pool)
                .await?;
        let mut known = cache.inner.lock().map_err(|_| StoreError::Busy)?;
        for (id, updated, spec, result) in texts {
            if known.by_meal.get(&id).is_some_and(|(u, _)| *u == updated) {
                continue;
            }
            match parse(&mut known, &spec, &result) {
                Some(lines) => {
                    known.by_meal.insert(id, (updated, lines));
                }
                None => tracing::warn!(meal = id, "a saved meal does not read; left out of the dashboard"),
            }
        }
    }
    let known = cache.inner.lock().map_err(|_| StoreError::Busy)?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, updated, restaurant, township, created, total_kg, band) in rows {
        let (Some(township), Some(band), Some((_, lines))) = (
            Township::parse(&township),
            Band::parse(&band),
            known.by_meal.get(&id).filter(|(u, _)| *u == updated),
        ) else {
            continue;
        };
        let lines = lines
            .iter()
            .map(|l| {
                let mark = l
                    .supplier
                    .filter(|s| listed.contains(&(restaurant, *s)))
                    .and_then(|s| marks.get(&s).copied());
                let m = sourced(l.grams, l.origin, mark);
                MealLine {
                    ingredient: l.ingredient.to_string(),
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
