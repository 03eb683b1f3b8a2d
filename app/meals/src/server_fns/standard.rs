//! The county curates the standard: each change is checked and published as a new edition.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::MealsError;
use crate::types::StandardChange;
use leptos::prelude::*;

/// Publishes the next edition that `next` makes of the newest one, for the
/// county's curators, with a note: every way of publishing goes through here.
#[cfg(feature = "ssr")]
async fn publish_next(
    note: String,
    next: impl FnOnce(&domain::meals::Standard) -> Result<domain::meals::Standard, AppError>,
) -> Result<u32, AppError> {
    use crate::store::standard;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::CurateStandard).await?;
    let state = app_state()?;
    let note = note.trim().chars().take(300).collect::<String>();
    if note.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let cache = &crate::state::meals_state()?.standard;
    let next = next(&*standard::latest(&state.db, cache).await?)?;
    let edition = standard::publish(&state.db, cache, &next, &note, me.id, state.clock.now()).await?;
    tracing::info!(user_id = %me.id, edition, method = next.method, "standard edition published");
    Ok(edition)
}

#[cfg(feature = "ssr")]
fn invalid(detail: String) -> AppError {
    AppError::Service(MealsError::StandardInvalid(detail))
}

#[server]
pub async fn publish_change(change: StandardChange, note: String) -> Result<u32, AppError> {
    publish_next(note, |latest| {
        latest.with_change(change).map_err(|e| invalid(e.to_string()))
    })
    .await
}

/// The most an edition file may weigh (edition 2 is about 120 KB).
pub const MAX_EDITION_FILE: usize = 2_000_000;

/// Publishes a whole edition file, as `tools/standard-import` writes it
/// (a corrected method, a newer MOENV export): checked like any change.
#[server]
pub async fn publish_edition_file(file: String, note: String) -> Result<u32, AppError> {
    publish_next(note, |_| {
        if file.len() > MAX_EDITION_FILE {
            return Err(invalid(format!("the file is over {} MB", MAX_EDITION_FILE / 1_000_000)));
        }
        let next: domain::meals::Standard =
            serde_json::from_str(&file).map_err(|e| invalid(format!("not an edition file: {e}")))?;
        next.validate().map_err(|e| invalid(e.to_string()))?;
        Ok(next)
    })
    .await
}
