use crate::error::AppError;
use crate::types::EditionInfo;
use leptos::prelude::*;

/// The editions of the standard, newest first (who published one is shown
/// to the county's curators only).
#[server]
pub async fn list_editions() -> Result<Vec<EditionInfo>, AppError> {
    let curator = platform::ssr::guard::current_user()
        .await?
        .is_some_and(|u| u.role.may(domain::platform::Permission::CurateStandard));
    crate::usecase::list_editions::list_editions(&crate::state::context().await?, curator).await
}
