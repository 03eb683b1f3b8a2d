//! The county curates the standard: each change is checked and published as a new edition.

use crate::types::StandardChange;
use leptos::prelude::*;
use platform::AppError;

#[server]
pub async fn publish_change(change: StandardChange, note: String) -> Result<u32, AppError> {
    use crate::store::standard;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::CurateStandard).await?;
    let state = app_state()?;
    let note = note.trim().chars().take(300).collect::<String>();
    if note.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let mut next = (*standard::latest(&state.db, &crate::state::meals_state()?.standard).await?).clone();
    match change {
        StandardChange::Ingredient(i) => {
            let valid_id = !i.id.is_empty()
                && i.id.len() <= 40
                && i.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid_id || i.name_zh_tw.trim().is_empty() || i.name_en.trim().is_empty() {
                return Err(AppError::StandardInvalid("id and names".into()));
            }
            match next.ingredients.iter_mut().find(|x| x.id == i.id) {
                Some(slot) => *slot = *i,
                None => next.ingredients.push(*i),
            }
        }
        StandardChange::Grid { kg_per_kwh, year } => {
            next.grid.kg_per_kwh = kg_per_kwh;
            next.grid.year = year;
            next.grid.source.version = format!("{year} (set by the county)");
        }
        StandardChange::Rating {
            green_max,
            yellow_max,
            target_kg,
        } => {
            if let [g, y, _] = next.rating.bands.as_mut_slice() {
                g.max_kg = Some(green_max);
                y.max_kg = Some(yellow_max);
            }
            next.rating.target_kg = target_kg;
        }
    }
    next.validate().map_err(|e| AppError::StandardInvalid(e.to_string()))?;
    let edition = standard::publish(
        &state.db,
        &crate::state::meals_state()?.standard,
        &next,
        &note,
        me.id,
        state.clock.now(),
    )
    .await?;
    tracing::info!(user_id = %me.id, edition, "standard edition published");
    Ok(edition)
}
