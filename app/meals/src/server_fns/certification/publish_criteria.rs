use crate::error::AppError;
use leptos::prelude::*;

/// The county publishes a new edition of the criteria (shares in per cent;
/// the two measures are checkboxes, present when ticked).
#[server]
pub async fn publish_criteria(
    max_average_kg: f64,
    min_local_percent: f64,
    min_certified_percent: f64,
    min_seasonal_changes: u32,
    waste_measures: Option<String>,
    reusable_packaging: Option<String>,
    note: String,
) -> Result<i64, AppError> {
    use crate::usecase::publish_criteria::{CriteriaForm, publish_criteria};
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    let form = CriteriaForm {
        max_average_kg,
        min_local_percent,
        min_certified_percent,
        min_seasonal_changes,
        waste_measures: waste_measures.is_some(),
        reusable_packaging: reusable_packaging.is_some(),
    };
    let n = publish_criteria(&crate::state::context().await?, &me, form, &note).await?;
    leptos_axum::redirect(&crate::paths::county_certification_done("criteria"));
    Ok(n)
}
