use crate::error::AppError;
use crate::types::RegistrationView;
use leptos::prelude::*;

/// The signed-in parent's registrations, newest first.
#[server]
pub async fn my_registrations() -> Result<Vec<RegistrationView>, AppError> {
    use platform::ssr::guard;
    let me = guard::actor(domain::platform::Permission::ManageOwnRegistrations).await?;
    crate::usecase::my_registrations::my_registrations(&guard::context().await?, &me).await
}
