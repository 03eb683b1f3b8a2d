use crate::error::AppError;
use domain::booking::case::CaseOutcome;
use domain::ids::CaseId;
use leptos::prelude::*;

/// Closes a case with its outcome.
#[server]
pub async fn close_case(id: CaseId, outcome: CaseOutcome, #[server(default)] note: String) -> Result<(), AppError> {
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    crate::usecase::work_case::close_case(&guard::context().await?, &me, id, outcome, &note).await?;
    leptos_axum::redirect(crate::paths::CITY_CASES);
    Ok(())
}
