use crate::error::AppError;
use crate::types::AuditView;
use domain::ids::CentreId;
use leptos::prelude::*;

/// The audit log, of one centre or of all.
#[server]
pub async fn audit_log(centre: Option<CentreId>) -> Result<Vec<AuditView>, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ReadAuditLog).await?;
    crate::usecase::audit_log::audit_log(&guard::context().await?, &me, centre).await
}
