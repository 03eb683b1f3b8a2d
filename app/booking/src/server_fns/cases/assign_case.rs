use crate::error::AppError;
use domain::ids::{CaseId, UserId};
use leptos::prelude::*;

/// Takes a case on, or gives it to another case manager.
#[server]
pub async fn assign_case(id: CaseId, to: UserId) -> Result<(), AppError> {
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    crate::usecase::work_case::assign_case(&guard::context().await?, &me, id, to).await?;
    leptos_axum::redirect(&crate::paths::case(id));
    Ok(())
}
