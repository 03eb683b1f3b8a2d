//! What a use case runs with: the database, the clock, the keys, the rate
//! limits, the settings, the language of whoever asks and what rate limits
//! count them by. Built from a request by the adapters (`guard::context`),
//! from the server's state by jobs and tests; a use case never reads the
//! request itself.

use super::{Db, RuntimeConfig, clock::Clock, keys::Keys, limits::Limits, state::AppState, workplaces::Workplaces};
use i18n::Locale;
use std::sync::Arc;

#[derive(Clone)]
pub struct Context {
    pub db: Db,
    pub clock: Clock,
    pub keys: Arc<Keys>,
    pub limits: Arc<Limits>,
    pub config: Arc<RuntimeConfig>,
    /// The workplaces each service registered (centres, restaurants).
    pub workplaces: Workplaces,
    /// The language of whoever asks: the messages they are sent later are in it.
    pub locale: Locale,
    /// What rate limits count the asking client by (its address, an IPv6
    /// client by its /64); never logged with personal data.
    pub client: String,
}

impl Context {
    /// The context of one request (or one job) on the server's state.
    pub fn new(state: &AppState, locale: Locale, client: impl Into<String>) -> Self {
        Self {
            db: state.db.clone(),
            clock: state.clock.clone(),
            keys: state.keys.clone(),
            limits: state.limits.clone(),
            config: state.config.clone(),
            workplaces: state.workplaces.clone(),
            locale,
            client: client.into(),
        }
    }

    /// A request answered outside the pages (a file, an export, the API):
    /// its client, messages in the default language.
    pub fn of_client(state: &AppState, client: impl Into<String>) -> Self {
        Self::new(state, Locale::zh_Hant_TW, client)
    }

    /// A background job's context: no client, messages in the default language.
    pub fn background(state: &AppState) -> Self {
        Self::new(state, Locale::zh_Hant_TW, "job")
    }

    /// The site's address, for links in messages, calendar files and QR codes.
    pub fn site(&self) -> &str {
        self.config.public_base_url.trim_end_matches('/')
    }
}
