//! The county's decision on a submitted application: approve with a level,
//! reject, or send it back for changes with a reason. The restaurant is told
//! in the same transaction.

use super::certifying;
use crate::error::AppError;
use crate::notify::CertificationNotice;
use crate::state::MealsCx;
use crate::store::certification as store;
use domain::Named;
use domain::meals::certificate::{self, ApplicationStatus, CertificationError, Level, Review};
use platform::ssr::actor::CountyAdmin;

/// The decision as the county's form states it (`level` empty unless approving).
pub fn parse_review(review: &str, level: &str) -> Result<(Review, Option<Level>), AppError> {
    let review = Review::parse(review).ok_or(AppError::InvalidInput)?;
    let level = match level.trim() {
        "" => None,
        l => Some(Level::parse(l).ok_or(AppError::InvalidInput)?),
    };
    Ok((review, level))
}

/// The application's status after the decision.
pub async fn review_application(
    cx: &MealsCx,
    me: &CountyAdmin,
    application: i64,
    (r, level): (Review, Option<Level>),
    reason: &str,
) -> Result<ApplicationStatus, AppError> {
    let a = store::application(&cx.db, application)
        .await?
        .ok_or(AppError::NotFound)?;
    let (status, reason) = certificate::review(a.status, r, level, reason).map_err(certifying::bad)?;
    let (now, user) = (cx.clock.now(), me.user);
    let terms = certificate::terms(cx.clock.today());
    let prefix = crate::profile::certificate_prefix(cx)?;
    let done = cx
        .db
        .retry(|| {
            let (reason, terms, prefix) = (reason.clone(), terms.clone(), prefix.clone());
            async move {
                let mut tx = cx.db.begin_write().await?;
                let restaurant = a.restaurant_id;
                if !store::review(
                    &mut tx,
                    application,
                    restaurant,
                    r,
                    level,
                    &reason,
                    &terms,
                    &prefix,
                    user,
                    now,
                )
                .await?
                {
                    return Ok(false);
                }
                let notice = CertificationNotice::Reviewed {
                    status,
                    level,
                    reason: &reason,
                };
                certifying::tell(&mut tx, &crate::notify::Letterhead::of(cx), restaurant, notice, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        return Err(certifying::bad(CertificationError::NotApplicable));
    }
    tracing::info!(
        application,
        status = status.as_str(),
        "certification application reviewed"
    );
    Ok(status)
}
