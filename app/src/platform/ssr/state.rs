use super::{Db, clock::Clock, keys::Keys, limits::Limits};
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// What server functions and the REST API need besides the request.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub keys: Arc<Keys>,
    pub limits: Arc<Limits>,
    pub clock: Clock,
    pub config: Arc<RuntimeConfig>,
    pub standard_cache: crate::meals::store::StandardCache,
}

/// Settings the application logic reads (the rest stay in the server crate).
#[derive(Clone, Debug)]
pub struct RuntimeConfig {
    /// How long a place is held while the family fills in the form.
    pub hold_minutes: i64,
    /// After this many no-shows a child's new registrations need staff approval (0: never).
    pub no_show_threshold: u32,
    /// Absolute URL of the site, for links in e-mails, calendar files and QR codes.
    pub public_base_url: String,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(s: &AppState) -> Self {
        s.leptos_options.clone()
    }
}

/// The state, from a server function's context.
pub fn app_state() -> Result<AppState, crate::platform::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        crate::platform::AppError::Internal
    })
}
