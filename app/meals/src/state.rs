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
