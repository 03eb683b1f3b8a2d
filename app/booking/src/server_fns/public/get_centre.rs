use crate::error::AppError;
use crate::types::CentreView;
use domain::ids::CentreId;
use leptos::prelude::*;

/// An active centre.
#[server]
pub async fn get_centre(id: CentreId) -> Result<CentreView, AppError> {
    crate::usecase::centres::centre(&platform::ssr::guard::context().await?, id).await
}
