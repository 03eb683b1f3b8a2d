use crate::error::AppError;
use crate::types::MealDetail;
use leptos::prelude::*;

/// A meal's public page (a restaurant not yet approved: to its staff and the county only).
#[server]
pub async fn public_meal(slug: String) -> Result<MealDetail, AppError> {
    let viewer = platform::ssr::guard::current_user().await?;
    crate::usecase::public_meal::public_meal(&crate::state::context().await?, viewer.as_ref(), &slug).await
}
