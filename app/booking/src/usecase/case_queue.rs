//! The referral centre's queue: open cases, families not yet reached first
//! by their deadline (the order is the domain's), and the latest closed.
//! The read is audited.

use crate::error::AppError;
use crate::store::cases::{self, CaseRow};
use crate::types::{CaseItem, CaseQueueView};
use chrono::NaiveDate;
use domain::booking::RegistrationStatus;
use domain::booking::case::{CaseClocks, CaseStage, ContactClock, queue_rank};
use platform::ssr::actor::CaseManager;
use platform::ssr::db::unreadable;
use platform::ssr::{Context, audit};

pub async fn case_queue(cx: &Context, me: &CaseManager) -> Result<CaseQueueView, AppError> {
    let today = cx.clock.today();
    let rows = cases::list(&cx.db, false).await?;
    let mut open = rows.iter().map(|r| item(r, today)).collect::<Result<Vec<_>, _>>()?;
    open.sort_by_key(|c| {
        let first = match c.clocks.contact {
            ContactClock::Made { on, .. } => Some(on),
            ContactClock::Running(_) => None,
        };
        queue_rank(c.clocks.contact_due, first, c.opened_on)
    });
    let closed = cases::list(&cx.db, true).await?;
    let closed = closed.iter().map(|r| item(r, today)).collect::<Result<Vec<_>, _>>()?;
    let entry = audit::AuditEntry {
        actor_user_id: me.user,
        action: "case_queue_read",
        registration_id: None,
        centre_id: None,
        case_id: None,
        detail: "",
    };
    audit::record(&cx.db.pool, entry, cx.clock.now()).await?;
    Ok(CaseQueueView { today, open, closed })
}

/// A case as the queue lists it, with its clocks and stage on `today`.
pub fn item(r: &CaseRow, today: NaiveDate) -> Result<CaseItem, AppError> {
    let d = r.dates().map_err(unreadable)?;
    let outcome = r.outcome().map_err(unreadable)?;
    let booked = r
        .registration_status
        .as_deref()
        .and_then(<RegistrationStatus as domain::Named>::parse)
        .is_some_and(|s| s.is_active() || s == RegistrationStatus::Completed);
    Ok(CaseItem {
        id: r.id,
        number: r.number.clone(),
        child_name: r.child_name.clone(),
        birth_date: d.birth,
        opened_on: d.opened,
        clocks: CaseClocks::on(d.observed, d.reported, d.contact_due, d.first_contact, today),
        stage: CaseStage::of(d.first_contact, booked, outcome),
        assigned: r.assigned_name.clone(),
        referrals: u32::try_from(r.referrals).unwrap_or(u32::MAX),
    })
}
