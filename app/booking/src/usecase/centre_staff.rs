//! The city's centre-staff accounts: who works at which centre, and moving
//! an account to another centre.

use crate::error::AppError;
use crate::store::centres;
use crate::types::StaffMember;
use domain::ids::{CentreId, UserId};
use platform::ssr::Context;
use platform::ssr::actor::CityAdmin;

/// All centre-staff accounts with their centre.
pub async fn centre_staff_members(cx: &Context, _: &CityAdmin) -> Result<Vec<StaffMember>, AppError> {
    let mut out = Vec::new();
    for c in centres::list(&cx.db, false).await? {
        for s in centres::staff_of(&cx.db, c.id).await? {
            out.push(StaffMember {
                id: s.id,
                email: s.email,
                display_name: s.display_name,
                centre_id: c.id,
            });
        }
    }
    Ok(out)
}

pub async fn assign_staff(cx: &Context, me: &CityAdmin, user: UserId, centre: CentreId) -> Result<(), AppError> {
    centres::get(&cx.db, centre).await?.ok_or(AppError::NotFound)?;
    if !centres::assign_staff(&cx.db, user, centre).await? {
        return Err(AppError::NotFound);
    }
    tracing::info!(user_id = %me.user, staff = %user, centre_id = %centre, "staff assigned");
    Ok(())
}
