use crate::error::AppError;
use domain::ids::RegistrationId;
use leptos::prelude::*;

/// Cancels one of the signed-in parent's registrations.
#[server]
pub async fn cancel_mine(id: RegistrationId) -> Result<(), AppError> {
    use crate::usecase::{cancel_registration::cancel_registration, my_registrations::my_registration};
    use platform::ssr::{actor::Parent, guard};
    let me: Parent = guard::actor(domain::platform::Permission::ManageOwnRegistrations).await?;
    let cx = crate::state::context().await?;
    let row = my_registration(&cx, &me, id).await?;
    cancel_registration(&cx, row.id, Some(me.user)).await?;
    leptos_axum::redirect(&crate::paths::change_done(
        crate::paths::MY,
        domain::booking::registration::FamilyChange::Cancelled,
    ));
    Ok(())
}
