use crate::error::AppError;
use crate::types::RegistrationView;
use leptos::prelude::*;

/// The registration this browser just submitted, for the confirmation page.
#[server]
pub async fn last_booking() -> Result<Option<RegistrationView>, AppError> {
    let cx = platform::ssr::guard::context().await?;
    let Some(id) = crate::kept::booking::read_done(&cx) else {
        return Ok(None);
    };
    crate::usecase::registration_view::registration_view(&cx, id).await
}
