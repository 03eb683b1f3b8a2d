use crate::AppError;
use crate::account::Me;
use leptos::prelude::*;

/// The signed-in account, if any.
#[server]
pub async fn current_user() -> Result<Option<Me>, AppError> {
    use crate::ssr::guard;
    Ok(guard::current_user().await?.as_ref().map(Me::from))
}
