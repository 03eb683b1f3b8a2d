//! Generated history of meals: restaurants' saved meals month by month.

use super::scale::{Scale, epoch};
use anyhow::Result;
use chrono::{Duration, NaiveDate};
use platform::ssr::AppState;
use rand::Rng;
use rand::rngs::StdRng;

pub(crate) async fn meals(
    state: &AppState,
    rng: &mut StdRng,
    scale: Scale,
    first: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    let db = &state.db;
    let now = state.clock.now();
    let towns = state
        .config
        .installation
        .area_keys(domain::platform::profile::Service::Meals);
    if towns.is_empty() {
        return Ok(());
    }
    for i in 0..scale.extra_restaurants {
        let t = towns[i as usize % towns.len()];
        sqlx::query(
            "INSERT INTO restaurants (name_zh_tw, name_en, township, is_demo, created_at, listing, listing_changed_at)
             VALUES ($1, $2, $3, 1, $4, 'approved', $4)",
        )
        .bind(format!("示範餐廳 {}", i + 1))
        .bind(format!("Demo restaurant {}", i + 1))
        .bind(t.as_str())
        .bind(now)
        .execute(&db.pool)
        .await?;
    }
    // The demo's own meals are the recipes the history draws on.
    let saved: Vec<SavedMeal> = sqlx::query_as(
        "SELECT m.restaurant_id, m.name_zh_tw, m.name_en, m.kind, m.spec, m.edition, m.total_kg, m.band, m.result
         FROM meals m ORDER BY m.total_kg",
    )
    .fetch_all(&db.pool)
    .await?;
    if saved.is_empty() {
        return Ok(());
    }
    let restaurants: Vec<(i64,)> =
        // Restaurants whose staff sign in keep their menus as the demo set them.
        sqlx::query_as(
            "SELECT r.id FROM restaurants r WHERE r.listing = 'approved' AND r.is_demo = 1
               AND NOT EXISTS (SELECT 1 FROM users u WHERE u.restaurant_id = r.id) ORDER BY r.id",
        )
            .fetch_all(&db.pool)
            .await?;
    let months = domain::stats::Period::months(first, today - Duration::days(28))
        .map(|p| p.month_starts())
        .unwrap_or_default();
    let span = months.len().max(1) as f64;
    let mut n = 0u64;
    let mut tx = db.begin_write().await?;
    for (mi, month) in months.iter().enumerate() {
        // Cooks choose lower-carbon recipes more often as the months pass.
        let lean = mi as f64 / span;
        for (r,) in &restaurants {
            for _ in 0..scale.meals_per_month {
                let pick: f64 = rng.r#gen::<f64>().powf(0.7 + 3.0 * lean);
                let (_, zh, en, kind, spec, edition, kg, band, result) =
                    &saved[((pick * saved.len() as f64) as usize).min(saved.len() - 1)];
                n += 1;
                let at = epoch(*month + Duration::days(rng.gen_range(0..27)), 12);
                sqlx::query(
                    "INSERT INTO meals (restaurant_id, slug, name_zh_tw, name_en, kind, spec, edition, total_kg, band,
                        result, on_menu, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $11)",
                )
                .bind(r)
                .bind(format!("history-{n}"))
                .bind(zh)
                .bind(en)
                .bind(kind)
                .bind(spec)
                .bind(edition)
                .bind(kg)
                .bind(band)
                .bind(result)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                if n.is_multiple_of(2000) {
                    tx.commit().await?;
                    tx = db.begin_write().await?;
                }
            }
        }
    }
    tx.commit().await?;
    tracing::info!(meals = n, "demo history of meals written");
    Ok(())
}

type SavedMeal = (i64, String, String, String, String, i64, f64, String, String);
