//! Demo meals for the demo restaurants, computed like any saved meal. The
//! first two are saved on edition 1; then the county administrator publishes
//! edition 2 (the corrected method, `data/standard/edition-2.json`) as any
//! edition is published, and the others are saved on it, so that the menu
//! shows a meal on the older edition with its figure on the newer one.

use crate::store::{meals, standard};
use domain::Bilingual;
use platform::ssr::{AppState, StoreError};
mod sourcing;
use sourcing::*;
mod recipes;
use recipes::*;
mod certification;
use certification::*;
mod listings;
pub use listings::*;

/// The note the demo's county administrator publishes edition 2 with.
pub const EDITION_2_NOTE: &str = "第 2 版（方法 2）：各係數依其基準換算、依秤重方式換算生熟與可食部分、計入油炸吸油與裹粉、優先採用環境部碳足跡係數、計入包材焚化、標示數據品質與範圍。Edition 2 (method 2): each factor on its own basis, the cook's weighing, oil and coating in deep frying, MOENV coefficients first, packaging end of life, data quality and ranges";

/// Edition 2 as built by `tools/standard-import` from the public data.
pub const SECOND_EDITION: &str = include_str!("../../../data/standard/edition-2.json");

pub async fn load(
    state: &AppState,
    meals: &crate::state::MealsState,
    restaurants: &[domain::ids::RestaurantId],
    county_admin: Option<domain::ids::UserId>,
) -> Result<(), StoreError> {
    let mut std = standard::latest(&state.db, &meals.standard).await?;
    let sources = sourcing(state, restaurants).await?;
    for (n, (r, zh, en, mut input)) in demo_meals().into_iter().enumerate() {
        let mine: Vec<_> = sources.iter().filter(|s| s.0 == r).map(|s| (s.1, s.2, s.3)).collect();
        let kitchen = domain::meals::Township::of(if r == 1 { "Luye" } else { "Chishang" });
        name_suppliers(&mut input, &mine, kitchen, &state.config.installation);
        if n == 2
            && std.edition == 1
            && let Some(admin) = county_admin
        {
            let second: domain::meals::Standard =
                serde_json::from_str(SECOND_EDITION).map_err(|_| StoreError::Conflict("edition_2"))?;
            standard::publish(
                &state.db,
                &meals.standard,
                &second,
                EDITION_2_NOTE,
                admin,
                state.clock.now(),
            )
            .await?;
            std = standard::latest(&state.db, &meals.standard).await?;
        }
        let Some(restaurant_id) = restaurants.get(r).copied() else {
            continue;
        };
        let f = domain::meals::compute(&std, &input).map_err(|_| StoreError::Conflict("demo_meal"))?;
        let spec = serde_json::to_string(&input).unwrap_or_default();
        let result = serde_json::to_string(&f).unwrap_or_default();
        let rec = meals::MealRecord {
            restaurant_id,
            name: &Bilingual::new(zh, en),
            kind: input.kind,
            spec_json: &spec,
            edition: i64::from(f.edition),
            total_kg: f.total_kg_co2e,
            band: f.rating.band,
            result_json: &result,
        };
        meals::insert(&state.db, &rec, None, state.clock.now()).await?;
    }
    if let Some(admin) = county_admin {
        listings(state, restaurants, admin).await?;
        certification(state, meals, restaurants, admin).await?;
    }
    Ok(())
}
