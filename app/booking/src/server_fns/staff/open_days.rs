use crate::error::AppError;
use crate::types::{OpenDaysForm, Opened};
use leptos::prelude::*;

/// Opens clinic days one by one or by weekly pattern over a range.
#[server]
pub async fn open_days(form: OpenDaysForm) -> Result<Opened, AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    let done = crate::usecase::open_days::open_days(&crate::state::context().await?, &me, &form).await?;
    let (opened, skipped) = (done.opened, done.skipped);
    leptos_axum::redirect(&format!("{}?opened={opened}&skipped={skipped}", crate::paths::STAFF));
    Ok(done)
}
