use crate::error::AppError;
use crate::types::CaseDetailView;
use domain::ids::CaseId;
use leptos::prelude::*;

/// One case, whole; the read is audited.
#[server]
pub async fn case_detail(id: CaseId) -> Result<CaseDetailView, AppError> {
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    crate::usecase::case_detail::case_detail(&guard::context().await?, &me, id).await
}
