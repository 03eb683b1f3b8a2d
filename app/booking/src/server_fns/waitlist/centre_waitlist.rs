use crate::error::AppError;
use crate::types::WaitingRowView;
use leptos::prelude::*;

/// The families waiting for the staff member's centre (the read is audited).
#[server]
pub async fn centre_waitlist() -> Result<Vec<WaitingRowView>, AppError> {
    use platform::ssr::{actor::CentreStaff, guard};
    let me: CentreStaff = guard::actor(domain::platform::Permission::RunClinicDays).await?;
    crate::usecase::waitlist_rows::centre_waitlist(&guard::context().await?, &me).await
}
