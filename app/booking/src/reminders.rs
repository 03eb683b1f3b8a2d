//! Reminder mails two days before a confirmed assessment (server only).

use super::notify;
use super::store::registrations;
use platform::ssr::{AppState, StoreError};

pub async fn queue_due(state: &AppState) -> Result<u32, StoreError> {
    let day = state.clock.today() + chrono::Duration::days(2);
    let mut queued = 0;
    for r in registrations::due_reminders(&state.db, &day.to_string()).await? {
        let (Some(email), Some(visit)) = (r.email.as_deref(), notify::Visit::from_row(&r)) else {
            continue;
        };
        let mail = notify::mail(email, notify::Notice::Reminder, &visit, &state.config.public_base_url);
        registrations::mark_reminded(&state.db, r.id, &mail, state.clock.now()).await?;
        queued += 1;
    }
    Ok(queued)
}
