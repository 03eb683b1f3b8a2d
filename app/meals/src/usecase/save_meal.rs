//! A restaurant saves a meal: computed on the server on the newest edition
//! of the standard, its suppliers checked against the restaurant's list.

use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use crate::store::meals;
use crate::types::{MealSummary, SaveMealForm};
use platform::ssr::actor::RestaurantStaff;

/// The longest meal name, in characters.
pub const MEAL_NAME_MAX_CHARS: usize = 40;

fn name(s: &str, required: bool) -> Result<String, AppError> {
    let t = s.trim();
    let n = t.chars().count();
    if (required && n == 0) || n > MEAL_NAME_MAX_CHARS || t.chars().any(char::is_control) {
        return Err(AppError::Service(MealsError::MealNameInvalid));
    }
    Ok(t.to_string())
}

/// The meal's name: Chinese required, English optional (the Chinese stands for it).
fn meal_name(typed: &domain::Bilingual) -> Result<domain::Bilingual, AppError> {
    let zh = name(&typed.zh_tw, true)?;
    let en = name(&typed.en, false)?;
    let en = if en.is_empty() { zh.clone() } else { en };
    Ok(domain::Bilingual::new(zh, en))
}

pub async fn save_meal(cx: &MealsCx, me: &RestaurantStaff, form: SaveMealForm) -> Result<MealSummary, AppError> {
    let meal_name = meal_name(&form.name)?;
    let std = cx.latest().await?;
    // A saved meal is served from now on: its electricity is this year's
    // grid (or the latest published before it), unless the recipe says a year.
    let mut input = form.input;
    if input.served_year.is_none() {
        use chrono::Datelike;
        input.served_year = Some(domain::platform::taipei::local_datetime(cx.clock.now()).year());
    }
    // A supplier named must be on the restaurant's list.
    if input.items.iter().any(|it| it.supplier.is_some()) {
        let listed = crate::store::suppliers::of_restaurant(&cx.db, me.restaurant).await?;
        if let Some(item) = input
            .items
            .iter()
            .position(|it| it.supplier.is_some_and(|s| !listed.iter().any(|l| l.id.get() == s)))
        {
            return Err(AppError::Service(MealsError::SupplierNotListed { item }));
        }
    }
    let f = domain::meals::compute(&std, &input).map_err(MealsError::from)?;
    let spec = serde_json::to_string(&input).map_err(|_| AppError::Internal)?;
    let result = serde_json::to_string(&f).map_err(|_| AppError::Internal)?;
    let rec = meals::MealRecord {
        restaurant_id: me.restaurant,
        name: &meal_name,
        kind: input.kind,
        spec_json: &spec,
        edition: i64::from(f.edition),
        total_kg: f.total_kg_co2e,
        band: f.rating.band,
        result_json: &result,
    };
    let saved = meals::save(&cx.db, form.id, &rec, me.user, cx.clock.now()).await?;
    let id = saved.ok_or(AppError::NotFound)?;
    metrics::counter!("meals_saved_total").increment(1);
    let row = meals::by_id(&cx.db, id).await?.ok_or(AppError::Internal)?;
    Ok(crate::convert::summary(&row, &std))
}
