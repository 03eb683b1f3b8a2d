//! The county curates the standard: each change is checked and published as a new edition.

use crate::types::StandardChange;
use leptos::prelude::*;
use platform::AppError;
#[cfg(feature = "ssr")]
use platform::error::MealsError;

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
    let next = standard::latest(&state.db, &crate::state::meals_state()?.standard)
        .await?
        .with_change(change)
        .map_err(|e| AppError::Meals(MealsError::StandardInvalid(e.to_string())))?;
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

/// The most an edition file may weigh (edition 2 is about 120 KB).
pub const MAX_EDITION_FILE: usize = 2_000_000;

/// Publishes a whole edition file, as `tools/standard-import` writes it
/// (a corrected method, a newer MOENV export): checked like any change.
#[server]
pub async fn publish_edition_file(file: String, note: String) -> Result<u32, AppError> {
    use crate::store::standard;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::CurateStandard).await?;
    let state = app_state()?;
    let note = note.trim().chars().take(300).collect::<String>();
    if note.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    if file.len() > MAX_EDITION_FILE {
        return Err(AppError::Meals(MealsError::StandardInvalid(format!(
            "the file is over {} MB",
            MAX_EDITION_FILE / 1_000_000
        ))));
    }
    let next: domain::meals::Standard = serde_json::from_str(&file)
        .map_err(|e| AppError::Meals(MealsError::StandardInvalid(format!("not an edition file: {e}"))))?;
    next.validate()
        .map_err(|e| AppError::Meals(MealsError::StandardInvalid(e.to_string())))?;
    let edition = standard::publish(
        &state.db,
        &crate::state::meals_state()?.standard,
        &next,
        &note,
        me.id,
        state.clock.now(),
    )
    .await?;
    tracing::info!(user_id = %me.id, edition, method = next.method, "standard edition file published");
    Ok(edition)
}
