use crate::error::AppError;
use leptos::prelude::*;

/// Publishes a whole edition file, as `tools/standard-import` writes it
/// (a corrected method, a newer MOENV export): checked like any change.
#[server]
pub async fn publish_edition_file(file: String, note: String) -> Result<u32, AppError> {
    use crate::usecase::publish_edition::{NextEdition, publish_edition};
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::CurateStandard).await?;
    publish_edition(&crate::state::context().await?, &me, NextEdition::File(file), &note).await
}
