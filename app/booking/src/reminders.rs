//! Reminders two days before a confirmed assessment, by mail and text
//! message as each family chose (server only).

use super::notify;
use super::store::registrations;
use platform::ssr::{AppState, StoreError};

pub async fn queue_due(state: &AppState) -> Result<u32, StoreError> {
    let day = state.clock.today() + chrono::Duration::days(2);
    let mut queued = 0;
    for r in registrations::due_reminders(&state.db, &day.to_string()).await? {
        let Some(visit) = notify::Visit::from_row(&r) else {
            continue;
        };
        let site = &state.config.public_base_url;
        let messages = notify::to_family(&notify::Recipient::of(&r), notify::Notice::Reminder, &visit, site);
        registrations::mark_reminded(&state.db, r.id, &messages, state.clock.now()).await?;
        queued += 1;
    }
    Ok(queued)
}
