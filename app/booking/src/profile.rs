//! The early-intervention government's terms, from the installation's
//! profile.

use crate::error::AppError;
use domain::booking::waiting::Targets;
use platform::ssr::Context;

/// The first-assessment target the dashboards count against (not found
/// where this installation runs no early intervention).
pub fn targets(cx: &Context) -> Result<Targets, AppError> {
    let (_, ei) = cx.config.installation.early_intervention().ok_or(AppError::NotFound)?;
    Ok(Targets::of(ei))
}
