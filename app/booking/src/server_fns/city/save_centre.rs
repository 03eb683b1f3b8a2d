use crate::error::AppError;
use crate::types::CentreForm;
use domain::ids::CentreId;
use leptos::prelude::*;

/// Creates or changes a centre.
#[server]
pub async fn save_centre(form: CentreForm) -> Result<CentreId, AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    let id = crate::usecase::save_centre::save_centre(&guard::context().await?, &me, &form).await?;
    leptos_axum::redirect(&format!("{}?saved={id}#centre-{id}", crate::paths::CITY_CENTRES));
    Ok(id)
}
