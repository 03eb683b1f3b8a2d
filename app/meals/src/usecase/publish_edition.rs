//! The county curates the standard: a change to the newest edition, or a
//! whole edition file as `tools/standard-import` writes it (a corrected
//! method, a newer MOENV export), each checked and published as the next
//! edition with a note.

use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use crate::types::StandardChange;
use domain::meals::Standard;
use platform::ssr::actor::CountyAdmin;

/// The longest note on an edition kept, in characters (longer is cut).
pub const EDITION_NOTE_MAX_CHARS: usize = 300;

/// The most an edition file may weigh (edition 2 is about 120 KB).
pub const MAX_EDITION_FILE: usize = 2_000_000;

fn invalid(detail: String) -> AppError {
    AppError::Service(MealsError::StandardInvalid(detail))
}

/// What the next edition is made of.
#[derive(Clone, Debug)]
pub enum NextEdition {
    /// One change to the newest edition.
    Change(StandardChange),
    /// A whole edition file.
    File(String),
}

fn next_of(latest: &Standard, next: NextEdition) -> Result<Standard, AppError> {
    match next {
        NextEdition::Change(change) => latest.with_change(change).map_err(|e| invalid(e.to_string())),
        NextEdition::File(file) => {
            if file.len() > MAX_EDITION_FILE {
                return Err(invalid(format!("the file is over {} MB", MAX_EDITION_FILE / 1_000_000)));
            }
            let next: Standard =
                serde_json::from_str(&file).map_err(|e| invalid(format!("not an edition file: {e}")))?;
            next.validate().map_err(|e| invalid(e.to_string()))?;
            Ok(next)
        }
    }
}

/// The number of the edition published.
pub async fn publish_edition(cx: &MealsCx, me: &CountyAdmin, next: NextEdition, note: &str) -> Result<u32, AppError> {
    let note = note.trim().chars().take(EDITION_NOTE_MAX_CHARS).collect::<String>();
    if note.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let next = next_of(&*cx.latest().await?, next)?;
    let edition = crate::store::standard::publish(&cx.db, cx.standard(), &next, &note, me.user, cx.clock.now()).await?;
    tracing::info!(user_id = %me.user, edition, method = next.method, "standard edition published");
    Ok(edition)
}
