use super::{Db, clock::Clock, keys::Keys, limits::Limits, workplaces::Workplaces};
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
    /// The workplaces each service registered (centres, restaurants).
    pub workplaces: Workplaces,
}

/// Settings the platform reads (each service has its own; the rest stay in the server crate).
#[derive(Clone, Debug)]
pub struct RuntimeConfig {
    /// Absolute URL of the site, for links in e-mails, calendar files and QR codes.
    pub public_base_url: String,
    /// Reverse proxies whose `X-Forwarded-For` names the client (rate limits).
    pub trusted_proxies: domain::platform::client::TrustedProxies,
    /// The governments this installation serves, from their profiles.
    pub installation: Arc<domain::platform::profile::Installation>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(s: &AppState) -> Self {
        s.leptos_options.clone()
    }
}

/// The state, from a server function's context.
pub fn app_state() -> Result<AppState, crate::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        crate::AppError::Internal
    })
}
