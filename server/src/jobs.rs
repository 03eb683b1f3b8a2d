//! Background jobs: expired holds, outgoing mail and text messages,
//! reminders, old sessions, SQLite's checkpoints.
//! Each runs on its own interval and stops when the server stops. Several
//! instances may run them at once: every step is an atomic database write.

use crate::{mail, settings::Settings, sms};
use anyhow::Result;
use platform::ssr::AppState;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

fn every<F, Fut>(period: Duration, mut stop: watch::Receiver<bool>, mut step: F) -> JoinHandle<()>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => step().await,
                _ = stop.changed() => break,
            }
        }
    })
}

pub fn spawn(
    state: AppState,
    offers: booking::store::waitlist::Policy,
    settings: &Settings,
    stop: watch::Receiver<bool>,
) -> Result<Vec<JoinHandle<()>>> {
    let transport = std::sync::Arc::new(mail::transport(settings)?);
    let from: lettre::message::Mailbox = settings.mail_from.parse()?;
    let texts = std::sync::Arc::new(sms::transport(settings)?);
    let (mail_caps, sms_caps) = (settings.sending.mail(), settings.sending.sms());
    let mut jobs = Vec::new();

    let s = state.clone();
    jobs.push(every(Duration::from_secs(15), stop.clone(), move || {
        let (s, offers) = (s.clone(), offers.clone());
        async move {
            match booking::store::holds::sweep_all(&s.db, s.clock.now(), &offers).await {
                Ok(n) if n > 0 => tracing::debug!(days = n, "expired holds released"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "hold sweep failed"),
            }
        }
    }));

    // Every second: between two checkpoints the log holds about a second of
    // writes, a few MB at the highest rate measured.
    let s = state.clone();
    jobs.push(every(Duration::from_secs(1), stop.clone(), move || {
        let s = s.clone();
        async move {
            if let Err(e) = crate::db::checkpoint(&s.db).await {
                tracing::warn!(error = %e, "SQLite checkpoint failed");
            }
        }
    }));

    let s = state.clone();
    jobs.push(every(Duration::from_secs(5), stop.clone(), move || {
        let (s, t, from) = (s.clone(), transport.clone(), from.clone());
        async move {
            if let Err(e) = mail::deliver_due(&s.db, &t, &from, mail_caps, s.clock.now()).await {
                tracing::warn!(error = %e, "mail outbox step failed");
            }
        }
    }));

    let s = state.clone();
    jobs.push(every(Duration::from_secs(5), stop.clone(), move || {
        let (s, t) = (s.clone(), texts.clone());
        async move {
            if let Err(e) = sms::deliver_due(&s.db, &t, sms_caps, s.clock.now()).await {
                tracing::warn!(error = %e, "SMS outbox step failed");
            }
        }
    }));

    let s = state.clone();
    jobs.push(every(Duration::from_secs(600), stop.clone(), move || {
        let s = s.clone();
        async move {
            if let Err(e) = booking::reminders::queue_due(&s).await {
                tracing::warn!(error = %e, "reminders step failed");
            }
            if let Err(e) = booking::reminders::queue_reassess_due(&s).await {
                tracing::warn!(error = %e, "re-assessment reminders step failed");
            }
            if let Err(e) = booking::store::guesses::forget_old(&s.db, s.clock.now()).await {
                tracing::warn!(error = %e, "forgetting old wrong birth dates failed");
            }
            if let Err(e) = platform::ssr::signup::forget_expired(&s.db, s.clock.now()).await {
                tracing::warn!(error = %e, "forgetting expired sign-ups failed");
            }
        }
    }));

    let s = state.clone();
    jobs.push(every(Duration::from_secs(3600), stop, move || {
        let s = s.clone();
        async move {
            use tower_sessions::session_store::ExpiredDeletion;
            let store = platform::ssr::sessions::DbSessionStore::new(s.db.clone());
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "session cleanup failed");
            }
            s.limits.forget_idle().await;
        }
    }));
    Ok(jobs)
}
