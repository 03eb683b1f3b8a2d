//! The referral form's page: who refers, and a reporter's own referrals,
//! newest first, each by its own number (never the case's).

use super::referring::{Referring, referrer};
use crate::error::AppError;
use crate::types::{MyReferral, Referrer};
use domain::booking::referral::report_is_late;
use platform::ssr::Context;
use platform::ssr::db::{stored_date, stored_opt, unreadable};

pub async fn referral_page(cx: &Context, who: &Referring) -> Result<(Referrer, Vec<MyReferral>), AppError> {
    let (referrer, _) = referrer(cx, who).await?;
    let Referring::Reporter(r) = who else {
        return Ok((referrer, Vec::new()));
    };
    let rows = crate::store::cases::referrals_by(&cx.db, r.user).await?;
    let mine = rows
        .iter()
        .map(|r| {
            let observed_on = stored_date(&r.observed_on).map_err(unreadable)?;
            let reported_on = stored_date(&r.reported_on).map_err(unreadable)?;
            Ok(MyReferral {
                receipt: r.receipt.clone().unwrap_or_default(),
                child_masked: r.child_masked.clone(),
                observed_on,
                reported_on,
                late: report_is_late(observed_on, reported_on),
                outcome: stored_opt(r.case_outcome.clone()).map_err(unreadable)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok((referrer, mine))
}
