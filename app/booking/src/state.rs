//! What the booking service's use cases run with besides the platform's
//! context: its settings and the availability kept in memory.

use crate::error::AppError;
use platform::ssr::Context;
use std::sync::Arc;

/// Provided to server functions by the server, next to the platform's `AppState`.
#[derive(Clone)]
pub struct BookingState {
    pub config: Arc<BookingConfig>,
    /// Places left, answered from memory while the database says nothing changed.
    pub availability: crate::store::availability::Availability,
}

/// The service's settings.
#[derive(Clone, Debug)]
pub struct BookingConfig {
    /// How long a place is held while the family fills in the form.
    pub hold_minutes: i64,
    /// Places one client (address) may hold at once on one day, and in all.
    pub holds_per_client_day: u32,
    pub holds_per_client: u32,
    /// After this many no-shows a child's new registrations need staff approval (0: never).
    pub no_show_threshold: u32,
    /// Working days the referral centre has to reach a referred family.
    pub contact_within_days: u32,
    /// The city's working days (its holidays) for that clock.
    pub calendar: domain::booking::referral::WorkingDays,
    /// How places freed are offered to the families in line.
    pub waitlist: crate::store::waitlist::Policy,
}

impl BookingState {
    pub fn new(config: BookingConfig) -> Self {
        Self {
            config: Arc::new(config),
            availability: Default::default(),
        }
    }
}

/// A booking use case's context: the platform's (database, clock, keys, the
/// asker's language and client) and the service's state.
#[derive(Clone)]
pub struct BookingCx {
    pub app: Context,
    pub service: BookingState,
}

impl std::ops::Deref for BookingCx {
    type Target = Context;
    fn deref(&self) -> &Context {
        &self.app
    }
}

impl BookingCx {
    pub fn new(app: Context, service: BookingState) -> Self {
        Self { app, service }
    }

    /// The service's settings.
    pub fn config(&self) -> &BookingConfig {
        &self.service.config
    }

    /// How freed places are offered on (every change that may free one needs it).
    pub fn offers(&self) -> &crate::store::waitlist::Policy {
        &self.service.config.waitlist
    }
}

/// The service's state, from a server function's context.
pub fn booking_state() -> Result<BookingState, AppError> {
    leptos::prelude::use_context::<BookingState>().ok_or_else(|| {
        tracing::error!("BookingState missing from the server function context");
        AppError::Internal
    })
}

/// The context of this request for a booking use case.
pub async fn context() -> Result<BookingCx, AppError> {
    Ok(BookingCx::new(platform::ssr::guard::context().await?, booking_state()?))
}
