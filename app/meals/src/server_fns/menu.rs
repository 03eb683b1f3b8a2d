//! A restaurant's own meals: save (computed on the server, on the newest
//! edition), list, recompute, show or hide, delete.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::MealsError;
use crate::types::{MealDetail, MealSummary, SaveMealForm};
use domain::ids::MealId;
#[cfg(feature = "ssr")]
use domain::ids::{RestaurantId, UserId};
#[cfg(feature = "ssr")]
use domain::meals::MenuChange;
use leptos::prelude::*;

/// The signed-in restaurant staff member's restaurant.
#[cfg(feature = "ssr")]
async fn restaurant_staff() -> Result<(platform::ssr::AppState, UserId, RestaurantId), AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::BuildMeals).await?;
    let r = me.restaurant_id.ok_or(AppError::Forbidden)?;
    Ok((app_state()?, me.id, r))
}

/// The menu page, announcing what was just done.
#[cfg(feature = "ssr")]
fn menu_done(change: MenuChange) -> String {
    use domain::Named;
    format!("/meals/menu?done={}", change.as_str())
}

#[cfg(feature = "ssr")]
fn name(s: &str, required: bool) -> Result<String, AppError> {
    let t = s.trim();
    let n = t.chars().count();
    if (required && n == 0) || n > 40 || t.chars().any(char::is_control) {
        return Err(AppError::Service(MealsError::MealNameInvalid));
    }
    Ok(t.to_string())
}

/// The meal's name: Chinese required, English optional (the Chinese stands for it).
#[cfg(feature = "ssr")]
fn meal_name(typed: &domain::Bilingual) -> Result<domain::Bilingual, AppError> {
    let zh = name(&typed.zh_tw, true)?;
    let en = name(&typed.en, false)?;
    let en = if en.is_empty() { zh.clone() } else { en };
    Ok(domain::Bilingual::new(zh, en))
}

#[server]
pub async fn save_meal(form: SaveMealForm) -> Result<MealSummary, AppError> {
    use crate::store::{meals, standard};
    let (state, me, restaurant) = restaurant_staff().await?;
    let meal_name = meal_name(&form.name)?;
    let std = standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    // A saved meal is served from now on: its electricity is this year's
    // grid (or the latest published before it), unless the recipe says a year.
    let mut input = form.input;
    if input.served_year.is_none() {
        use chrono::Datelike;
        input.served_year = Some(domain::platform::taipei::local_datetime(state.clock.now()).year());
    }
    // A supplier named must be on the restaurant's list.
    if input.items.iter().any(|it| it.supplier.is_some()) {
        let listed = crate::store::suppliers::of_restaurant(&state.db, restaurant).await?;
        if let Some(item) = input
            .items
            .iter()
            .position(|it| it.supplier.is_some_and(|s| !listed.iter().any(|l| l.id.get() == s)))
        {
            return Err(AppError::Service(MealsError::SupplierNotListed { item }));
        }
    }
    let f = domain::meals::compute(&std, &input).map_err(crate::error::MealsError::from)?;
    let spec = serde_json::to_string(&input).map_err(|_| AppError::Internal)?;
    let result = serde_json::to_string(&f).map_err(|_| AppError::Internal)?;
    let rec = meals::MealRecord {
        restaurant_id: restaurant,
        name: &meal_name,
        kind: input.kind,
        spec_json: &spec,
        edition: i64::from(f.edition),
        total_kg: f.total_kg_co2e,
        band: f.rating.band,
        result_json: &result,
    };
    let saved = meals::save(&state.db, form.id, &rec, me, state.clock.now()).await?;
    let id = saved.ok_or(AppError::NotFound)?;
    metrics::counter!("meals_saved_total").increment(1);
    let row = meals::by_id(&state.db, id).await?.ok_or(AppError::Internal)?;
    Ok(super::convert::summary(&row, &std))
}

#[server]
pub async fn my_menu() -> Result<Vec<MealSummary>, AppError> {
    use crate::store::{meals, standard};
    let (state, _, restaurant) = restaurant_staff().await?;
    let latest = standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    Ok(meals::of_restaurant(&state.db, restaurant)
        .await?
        .iter()
        .map(|m| MealSummary {
            on_latest_kg: super::convert::on_latest_kg(m, &latest),
            ..super::convert::summary(m, &latest)
        })
        .collect())
}

#[server]
pub async fn my_meal(id: MealId) -> Result<MealDetail, AppError> {
    use crate::store::{meals, standard};
    let (state, _, restaurant) = restaurant_staff().await?;
    let latest = standard::latest(&state.db, &crate::state::meals_state()?.standard).await?;
    let row = meals::by_id(&state.db, id)
        .await?
        .filter(|m| m.restaurant_id == restaurant)
        .ok_or(AppError::NotFound)?;
    super::convert::detail(&row, &latest)
}

/// Computes a saved meal again on the newest edition of the standard.
#[server]
pub async fn recompute_meal(id: MealId) -> Result<MealSummary, AppError> {
    let detail = my_meal(id).await?;
    let summary = save_meal(SaveMealForm {
        id: Some(id),
        name: detail.summary.name,
        input: detail.input,
    })
    .await?;
    leptos_axum::redirect(&menu_done(MenuChange::Recomputed));
    Ok(summary)
}

#[server]
pub async fn set_meal_on_menu(id: MealId, on_menu: bool) -> Result<(), AppError> {
    let (state, _, restaurant) = restaurant_staff().await?;
    if crate::store::meals::set_on_menu(&state.db, id, restaurant, on_menu).await? {
        leptos_axum::redirect(&menu_done(MenuChange::Saved));
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[server]
pub async fn delete_meal(id: MealId) -> Result<(), AppError> {
    let (state, _, restaurant) = restaurant_staff().await?;
    if crate::store::meals::delete(&state.db, id, restaurant).await? {
        leptos_axum::redirect(&menu_done(MenuChange::Deleted));
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
