use crate::error::AppError;
use leptos::prelude::*;

/// Finds a booking by reference and birth date (rate limited) and shows it.
#[server]
pub async fn find_booking(reference: String, birth_date: String) -> Result<(), AppError> {
    use crate::kept::inquiry::{Found, write};
    let cx = platform::ssr::guard::context().await?;
    let row = crate::usecase::find_registration::find_registration(&cx, &reference, &birth_date).await?;
    let found = Found {
        registration: row.id,
        birth_date: row.birth_date,
    };
    write(&cx, &found);
    leptos_axum::redirect(crate::paths::INQUIRY);
    Ok(())
}
