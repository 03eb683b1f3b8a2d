//! The editions of the standard, newest first. The public sees the county
//! as the publisher; only its curators see which account published one.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::EditionInfo;

/// `curator`: whether the reader curates the standard.
pub async fn list_editions(cx: &MealsCx, curator: bool) -> Result<Vec<EditionInfo>, AppError> {
    Ok(crate::store::standard::editions(&cx.db)
        .await?
        .into_iter()
        .map(|e| EditionInfo {
            edition: e.edition as u32,
            note: e.note,
            created_at: e.created_at,
            created_by: e.created_by.filter(|_| curator),
        })
        .collect())
}
