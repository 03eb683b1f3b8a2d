//! The meal government's terms, from the installation's profile.

use crate::error::AppError;
use platform::ssr::Context;

/// Whether this installation runs the meal service (not found otherwise:
/// its open data too).
pub fn run_here(cx: &Context) -> Result<(), AppError> {
    cx.config.installation.meals().map(|_| ()).ok_or(AppError::NotFound)
}

/// The letters before a slow-food certificate's number (not found where
/// this installation runs no meal service).
pub fn certificate_prefix(cx: &Context) -> Result<String, AppError> {
    let (_, terms) = cx.config.installation.meals().ok_or(AppError::NotFound)?;
    Ok(terms.certificate_prefix.clone())
}
