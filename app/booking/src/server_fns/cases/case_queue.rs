use crate::error::AppError;
use crate::types::CaseQueueView;
use leptos::prelude::*;

/// The referral centre's queue (the read is audited).
#[server]
pub async fn case_queue() -> Result<CaseQueueView, AppError> {
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    crate::usecase::case_queue::case_queue(&guard::context().await?, &me).await
}
