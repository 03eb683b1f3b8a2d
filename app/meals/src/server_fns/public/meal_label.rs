use crate::error::AppError;
use crate::types::LabelView;
use leptos::prelude::*;

/// The meal with a QR code of its public page, for the printable label.
#[server]
pub async fn meal_label(slug: String) -> Result<LabelView, AppError> {
    let viewer = platform::ssr::guard::current_user().await?;
    crate::usecase::meal_label::meal_label(&crate::state::context().await?, viewer.as_ref(), &slug).await
}
