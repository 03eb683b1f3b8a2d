use crate::error::AppError;
use crate::types::RegistrationView;
use domain::ids::{ClinicDayId, RegistrationId};
use leptos::prelude::*;

/// Moves one of the signed-in parent's registrations to another day.
#[server]
pub async fn reschedule_mine(id: RegistrationId, new_day_id: ClinicDayId) -> Result<RegistrationView, AppError> {
    use crate::usecase::{my_registrations::my_registration, reschedule_registration::reschedule_registration};
    use domain::booking::registration::FamilyChange;
    use platform::ssr::{actor::Parent, guard};
    let me: Parent = guard::actor(domain::platform::Permission::ManageOwnRegistrations).await?;
    let cx = crate::state::context().await?;
    let row = my_registration(&cx, &me, id).await?;
    let v = reschedule_registration(&cx, &row, new_day_id, Some(me.user)).await?;
    leptos_axum::redirect(&crate::paths::change_done(crate::paths::MY, FamilyChange::Rescheduled));
    Ok(v)
}
