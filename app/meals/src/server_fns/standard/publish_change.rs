use crate::error::AppError;
use crate::types::StandardChange;
use leptos::prelude::*;

/// Publishes the next edition that one change makes of the newest one, with a note.
#[server]
pub async fn publish_change(change: StandardChange, note: String) -> Result<u32, AppError> {
    use crate::usecase::publish_edition::{NextEdition, publish_edition};
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::CurateStandard).await?;
    publish_edition(&crate::state::context().await?, &me, NextEdition::Change(change), &note).await
}
