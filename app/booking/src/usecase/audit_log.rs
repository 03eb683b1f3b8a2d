//! The audit log of staff reads and changes, newest first (of one centre,
//! or of all), as the city reads it.

use crate::error::AppError;
use crate::types::AuditView;
use domain::Bilingual;
use domain::ids::CentreId;
use platform::ssr::actor::CityAdmin;
use platform::ssr::{Context, audit};

/// The most rows the page shows.
pub const AUDIT_ROWS_SHOWN: i64 = 500;

pub async fn audit_log(cx: &Context, _: &CityAdmin, centre: Option<CentreId>) -> Result<Vec<AuditView>, AppError> {
    let rows = audit::list(&cx.db, centre, AUDIT_ROWS_SHOWN).await?;
    Ok(rows
        .into_iter()
        .map(|r| AuditView {
            at: r.at,
            actor_email: r.actor_email,
            action: r.action,
            reference: r.registration_reference,
            centre: r.centre_zh_tw.zip(r.centre_en).map(|(zh, en)| Bilingual::new(zh, en)),
            detail: r.detail,
        })
        .collect())
}
