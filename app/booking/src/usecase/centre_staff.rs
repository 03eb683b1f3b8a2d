//! The city's centre-staff accounts: who works at which centre, and moving
//! an account to another centre.

use crate::error::AppError;
use crate::store::centres;
use crate::types::StaffMember;
use domain::ids::{CentreId, UserId};
use platform::ssr::actor::CityAdmin;
use platform::ssr::{Context, StoreError, audit};

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
    let now = cx.clock.now();
    // The move and its audit row commit together.
    let mut tx = cx.db.begin_write().await.map_err(StoreError::from)?;
    if !centres::assign_staff(&mut *tx, user, centre).await? {
        return Err(AppError::NotFound);
    }
    let detail = format!("staff account {user}");
    let entry = audit::AuditEntry {
        actor_user_id: me.user,
        action: "staff_assigned",
        registration_id: None,
        centre_id: Some(centre),
        case_id: None,
        detail: &detail,
    };
    audit::record(&mut *tx, entry, now).await?;
    tx.commit().await.map_err(StoreError::from)?;
    tracing::info!(user_id = %me.user, staff = %user, centre_id = %centre, "staff assigned");
    Ok(())
}
