use crate::error::AppError;
use crate::types::CertificationReview;
use leptos::prelude::*;

/// Everything the county reviews: the criteria, the applications (waiting
/// first) and the current certificates.
#[server]
pub async fn county_certification() -> Result<CertificationReview, AppError> {
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    crate::usecase::county_certification::county_certification(&crate::state::context().await?, &me).await
}
