use crate::error::AppError;
use domain::Bilingual;
use domain::booking::District;
use domain::booking::case::InstitutionKind;
use leptos::prelude::*;

/// Adds an institution, so that the city can create its reporters' accounts.
#[server]
pub async fn add_institution(name: Bilingual, kind: InstitutionKind, district: District) -> Result<(), AppError> {
    use platform::ssr::{actor::CityAdmin, guard};
    let me: CityAdmin = guard::actor(domain::platform::Permission::ManageCentres).await?;
    let cx = guard::context().await?;
    crate::usecase::institutions::add_institution(&cx, &me, &name, kind, district).await?;
    leptos_axum::redirect(&format!("{}?added=1", crate::paths::CITY_INSTITUTIONS));
    Ok(())
}
