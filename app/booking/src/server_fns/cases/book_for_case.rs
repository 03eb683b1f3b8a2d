use crate::error::AppError;
use domain::ids::{CaseId, ClinicDayId};
use leptos::prelude::*;

/// Books the joint assessment for the family of a case, through the same
/// hold and registration as a family's own booking.
#[server]
pub async fn book_for_case(id: CaseId, day_id: ClinicDayId) -> Result<(), AppError> {
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    crate::usecase::book_for_case::book_for_case(&crate::state::context().await?, &me, id, day_id).await?;
    leptos_axum::redirect(&crate::paths::case(id));
    Ok(())
}
