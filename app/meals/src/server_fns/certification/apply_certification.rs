use crate::error::AppError;
use leptos::prelude::*;

/// A restaurant applies (or sends again what the county sent back) with
/// its declarations; its figures are computed and kept with the application.
#[server]
pub async fn apply_certification(
    seasonal_changes: u32,
    waste_evidence: String,
    packaging_evidence: String,
) -> Result<(), AppError> {
    use crate::usecase::apply_certification::{Declared, apply_certification};
    use platform::ssr::{actor::RestaurantStaff, guard};
    let me: RestaurantStaff = guard::actor(domain::platform::Permission::BuildMeals).await?;
    let declared = Declared {
        seasonal_changes,
        waste_evidence,
        packaging_evidence,
    };
    apply_certification(&crate::state::context().await?, &me, declared).await?;
    leptos_axum::redirect(&crate::paths::my_certification_done("applied"));
    Ok(())
}
