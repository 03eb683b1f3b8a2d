//! A family cancels its registration (by reference, from its account, or
//! the one an inquiry found): the place is freed for the families in line
//! and the family is told, in one transaction.

use crate::error::{AppError, BookingError};
use crate::notify;
use crate::state::BookingCx;
use crate::store::registrations::{self, Outgoing, RegistrationRow};
use domain::booking::registration::FamilyChange;
use domain::ids::{RegistrationId, UserId};

/// `actor`: the parent's account, when the family is signed in.
pub async fn cancel_registration(cx: &BookingCx, id: RegistrationId, actor: Option<UserId>) -> Result<(), AppError> {
    registrations::cancel(
        &cx.db,
        id,
        actor,
        cx.clock.now(),
        "cancelled by the family",
        &family_messages(&crate::notify::Letterhead::of(cx), FamilyChange::Cancelled),
        cx.offers(),
    )
    .await?
    .map_err(BookingError::CannotChange)?;
    tracing::info!(registration_id = %id, "registration cancelled by the family");
    Ok(())
}

/// The messages to the family about a change, made from the registration as
/// the change left it; written in the change's own transaction.
pub fn family_messages(
    head: &crate::notify::Letterhead,
    change: FamilyChange,
) -> impl Fn(&RegistrationRow) -> Vec<Outgoing> + Send + Sync + '_ {
    move |row| {
        let Some(visit) = row.visit() else {
            return Vec::new();
        };
        let notice = match change {
            FamilyChange::Rescheduled => notify::Notice::Rescheduled,
            FamilyChange::Cancelled => notify::Notice::Status {
                status: row.status,
                by_centre: false,
            },
        };
        notify::to_family(&row.recipient(), notice, &visit, head)
    }
}
