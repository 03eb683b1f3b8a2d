//! The county publishes a new edition of the certification's criteria.

use crate::error::AppError;
use crate::state::MealsCx;
use domain::meals::certification::Criteria;
use platform::ssr::actor::CountyAdmin;

/// The criteria as the county's form states them (shares in per cent).
#[derive(Clone, Debug)]
pub struct CriteriaForm {
    pub max_average_kg: f64,
    pub min_local_percent: f64,
    pub min_certified_percent: f64,
    pub min_seasonal_changes: u32,
    pub waste_measures: bool,
    pub reusable_packaging: bool,
}

/// The most a note on a new edition of the criteria may hold.
pub const CRITERIA_NOTE_MAX_CHARS: usize = 500;

/// The county publishes a new edition of the criteria, with a note; its number.
pub async fn publish_criteria(cx: &MealsCx, me: &CountyAdmin, form: CriteriaForm, note: &str) -> Result<i64, AppError> {
    let note = note.trim();
    if note.is_empty() || note.chars().count() > CRITERIA_NOTE_MAX_CHARS {
        return Err(AppError::ReasonRequired);
    }
    let c = Criteria {
        max_average_kg: form.max_average_kg,
        min_local_share: form.min_local_percent / 100.0,
        min_certified_share: form.min_certified_percent / 100.0,
        min_seasonal_changes: form.min_seasonal_changes,
        waste_measures: form.waste_measures,
        reusable_packaging: form.reusable_packaging,
    }
    .checked()
    .map_err(super::certifying::bad)?;
    Ok(crate::store::certification::publish_criteria(&cx.db, &c, note, Some(me.user), cx.clock.now()).await?)
}
