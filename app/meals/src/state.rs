//! What the meal service's server functions need besides the platform's state.

use crate::error::AppError;
use crate::store::StandardCache;

/// Provided to server functions by the server, next to the platform's `AppState`.
#[derive(Clone, Default)]
pub struct MealsState {
    /// The newest edition of the emission-factor standard, kept in memory.
    pub standard: StandardCache,
    /// The lines of saved meals, as the county's dashboard reads them.
    pub lines: crate::store::dashboard::LinesCache,
}

/// The service's state, from a server function's context.
pub fn meals_state() -> Result<MealsState, AppError> {
    leptos::prelude::use_context::<MealsState>().ok_or_else(|| {
        tracing::error!("MealsState missing from the server function context");
        AppError::Internal
    })
}

/// A meal use case's context: the platform's (database, clock, keys, the
/// asker's language and client) and the service's state.
#[derive(Clone)]
pub struct MealsCx {
    pub app: platform::ssr::Context,
    pub service: MealsState,
}

impl std::ops::Deref for MealsCx {
    type Target = platform::ssr::Context;
    fn deref(&self) -> &platform::ssr::Context {
        &self.app
    }
}

impl MealsCx {
    pub fn new(app: platform::ssr::Context, service: MealsState) -> Self {
        Self { app, service }
    }

    /// The newest edition of the standard, kept in memory.
    pub fn standard(&self) -> &StandardCache {
        &self.service.standard
    }

    /// The newest edition of the standard.
    pub async fn latest(&self) -> Result<std::sync::Arc<domain::meals::Standard>, AppError> {
        Ok(crate::store::standard::latest(&self.db, self.standard()).await?)
    }
}

/// The context of this request for a meal use case.
pub async fn context() -> Result<MealsCx, AppError> {
    Ok(MealsCx::new(platform::ssr::guard::context().await?, meals_state()?))
}
