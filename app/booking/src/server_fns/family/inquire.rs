use crate::error::AppError;
use crate::types::RegistrationView;
use leptos::prelude::*;

/// The registration with this reference and birth date.
#[server]
pub async fn inquire(reference: String, birth_date: String) -> Result<RegistrationView, AppError> {
    let cx = platform::ssr::guard::context().await?;
    let row = crate::usecase::find_registration::find_registration(&cx, &reference, &birth_date).await?;
    crate::convert::registration(&row, cx.clock.today())
}
