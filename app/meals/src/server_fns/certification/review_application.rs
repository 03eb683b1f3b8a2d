use crate::error::AppError;
use leptos::prelude::*;

/// The county's decision on a submitted application: `approve` with a
/// `level`, `reject` or `request_changes` with a reason. The restaurant is
/// told in the same transaction.
#[server]
pub async fn review_application(
    application: i64,
    review: String,
    level: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::usecase::review_application::{parse_review, review_application};
    use domain::Named;
    use platform::ssr::{actor::CountyAdmin, guard};
    let me: CountyAdmin = guard::actor(domain::platform::Permission::ManageRestaurants).await?;
    let decision = parse_review(&review, &level)?;
    let cx = crate::state::context().await?;
    let status = review_application(&cx, &me, application, decision, &reason).await?;
    leptos_axum::redirect(&crate::paths::county_certification_done(status.as_str()));
    Ok(())
}
