//! Reminders, by mail and text message as each family chose (server only):
//! two days before a confirmed assessment, and when the re-assessment
//! window of a completed one opens (two months before the date in the
//! report), each once.

use super::notify;
use super::store::registrations;
use platform::ssr::{AppState, StoreError};

/// Queues the re-assessment reminders that are due; returns how many.
pub async fn queue_reassess_due(state: &AppState) -> Result<u32, StoreError> {
    let today = state.clock.today();
    let by = domain::booking::age::add_months(today, 2);
    let head = notify::Letterhead::of(&platform::ssr::Context::background(state));
    let mut queued = 0;
    for r in registrations::due_reassess_reminders(&state.db, &by.to_string()).await? {
        let parse = domain::platform::taipei::parse_iso_date;
        let (Some(assessed_on), Some(reassess_on)) = (parse(&r.day), r.report_reassess_date.as_deref().and_then(parse))
        else {
            continue;
        };
        // The window opens by the booking rule: two months before the date,
        // and not within twelve months of the assessment.
        let previous = domain::booking::triage::PreviousAssessment {
            assessed_on,
            reassess_on: Some(reassess_on),
        };
        if domain::booking::triage::earliest_after(&previous) > today {
            continue;
        }
        let messages = notify::reassess(&r.recipient(), &r.reference, reassess_on, &head);
        if registrations::mark_reassess_reminded(&state.db, r.id, &messages, state.clock.now()).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

pub async fn queue_due(state: &AppState) -> Result<u32, StoreError> {
    let day = state.clock.today() + chrono::Duration::days(2);
    let mut queued = 0;
    for r in registrations::due_reminders(&state.db, &day.to_string()).await? {
        let Some(visit) = r.visit() else {
            continue;
        };
        let head = notify::Letterhead::of(&platform::ssr::Context::background(state));
        let messages = notify::to_family(&r.recipient(), notify::Notice::Reminder, &visit, &head);
        registrations::mark_reminded(&state.db, r.id, &messages, state.clock.now()).await?;
        queued += 1;
    }
    Ok(queued)
}
