use crate::error::AppError;
use crate::types::RegistrationView;
use leptos::prelude::*;

/// The booking the last inquiry found, for the page.
#[server]
pub async fn found_booking() -> Result<Option<RegistrationView>, AppError> {
    let cx = platform::ssr::guard::context().await?;
    let today = cx.clock.today();
    crate::kept::inquiry::row(&cx)
        .await?
        .map(|r| crate::convert::registration(&r, today))
        .transpose()
}
