//! The centre acts on a registration: verify, check in, complete, mark a
//! no-show, find it ineligible, or cancel on the family's behalf (the rule
//! of what may follow what is the domain's). The family hears of the
//! centre's decisions in the change's own transaction.

use crate::error::{AppError, BookingError};
use crate::notify;
use crate::state::BookingCx;
use crate::store::registrations::{self as regs, Outgoing, RegistrationRow};
use domain::Named;
use domain::booking::RegistrationStatus as S;
use domain::booking::registration::{REASON_MAX_CHARS, StaffAction};
use domain::ids::RegistrationId;
use platform::ssr::actor::CentreStaff;

/// The changed registration (its day and id, for the page to go back to).
pub async fn staff_act(
    cx: &BookingCx,
    me: &CentreStaff,
    id: RegistrationId,
    action: StaffAction,
    reason: &str,
) -> Result<RegistrationRow, AppError> {
    let row = regs::by_id(&cx.db, id)
        .await?
        .filter(|r| r.centre_id == me.centre)
        .ok_or(AppError::NotFound)?;
    let reason = reason.trim().chars().take(REASON_MAX_CHARS).collect::<String>();
    if matches!(action, StaffAction::MarkIneligible | StaffAction::Cancel) && reason.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let head = crate::notify::Letterhead::of(cx);
    let messages = decision_messages(&head);
    let change = regs::StaffChange {
        action,
        actor: me.user,
        reason: &reason,
    };
    let to = regs::staff_apply(
        &cx.db,
        &row,
        change,
        cx.clock.today(),
        cx.clock.now(),
        &messages,
        cx.offers(),
    )
    .await?
    .map_err(BookingError::CannotChange)?;
    metrics::counter!("booking_staff_actions_total", "action" => to.as_str()).increment(1);
    Ok(row)
}

/// The messages to the family about the centre's decision, made from the
/// registration as the change left it. The family hears of decisions, not
/// of check-in and the like.
fn decision_messages(
    head: &crate::notify::Letterhead,
) -> impl Fn(&RegistrationRow) -> Vec<Outgoing> + Send + Sync + '_ {
    move |r| match r.visit() {
        Some(visit) if matches!(r.status, S::Confirmed | S::Ineligible | S::Cancelled) => {
            let notice = notify::Notice::Status {
                status: r.status,
                by_centre: true,
            };
            notify::to_family(&r.recipient(), notice, &visit, head)
        }
        _ => Vec::new(),
    }
}
