//! Demo certification: the criteria, two applications, one approved.

use platform::ssr::{AppState, StoreError};

/// The county's criteria (edition 1), a certified restaurant (the second,
/// exemplary) and one waiting for review (the third); the first, the demo
/// cook's, has not applied.
pub(crate) async fn certification(
    state: &AppState,
    meals: &crate::state::MealsState,
    restaurants: &[domain::ids::RestaurantId],
    admin: domain::ids::UserId,
) -> Result<(), StoreError> {
    use crate::store::certification as store;
    use domain::meals::certificate::{Declaration, Level, Review, terms};
    use domain::meals::certification::Criteria;
    let now = state.clock.now();
    let Some((_, county)) = state.config.installation.meals() else {
        return Ok(());
    };
    let prefix = county.certificate_prefix.clone();
    let criteria = Criteria {
        max_average_kg: 1.2,
        min_local_share: 0.5,
        min_certified_share: 0.2,
        min_seasonal_changes: 2,
        waste_measures: true,
        reusable_packaging: true,
    };
    let edition = store::publish_criteria(&state.db, &criteria, CRITERIA_NOTE, Some(admin), now).await?;
    let declaration = Declaration {
        seasonal_changes: 4,
        waste_evidence: "示範：剩食秤重記錄與堆肥，照片貼於店內公告欄。Demo: leftovers weighed and composted; photos on the notice board.".into(),
        packaging_evidence: "示範：內用餐具與外帶鋼杯租借。Demo: reusable tableware, and steel cups to borrow for take-away.".into(),
        ..Default::default()
    };
    for (i, approve) in [(1usize, true), (2, false)] {
        let Some(&r) = restaurants.get(i) else { continue };
        let cx = crate::state::MealsCx::new(platform::ssr::Context::background(state), meals.clone());
        let m = crate::usecase::certifying::measures(&cx, r, &declaration)
            .await
            .map_err(|_| StoreError::Conflict("demo_measures"))?;
        let (d, m) = (
            serde_json::to_string(&declaration).unwrap_or_default(),
            serde_json::to_string(&m).unwrap_or_default(),
        );
        let mut tx = state.db.begin_write().await?;
        let Some(id) = store::submit(&mut tx, r, edition, &d, &m, admin, now).await? else {
            continue;
        };
        if approve {
            let t = terms(state.clock.today());
            store::review(
                &mut tx,
                id,
                r,
                Review::Approve,
                Some(Level::Exemplary),
                "",
                &t,
                &prefix,
                admin,
                now,
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The note the demo's county publishes its first criteria with.
pub(crate) const CRITERIA_NOTE: &str =
    "第 1 版慢食餐廳認證標準(示範)。Edition 1 of the slow-food restaurant criteria (demo).";
