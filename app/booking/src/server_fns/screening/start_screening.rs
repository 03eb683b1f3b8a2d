use crate::error::AppError;
use leptos::prelude::*;

/// Starts a screening for a child born on `birth_date` (due on `due_date`
/// if born early).
#[server]
pub async fn start_screening(birth_date: String, #[server(default)] due_date: Option<String>) -> Result<(), AppError> {
    let cx = platform::ssr::guard::context().await?;
    let k = crate::usecase::screening::start_screening(&birth_date, due_date.as_deref(), cx.clock.today())?;
    crate::kept::screening::write(&cx, &k);
    leptos_axum::redirect("/ei/screening");
    Ok(())
}
