//! The county revokes a current certificate, with the reason the
//! restaurant is told in the same transaction.

use super::certifying;
use crate::error::AppError;
use crate::notify::CertificationNotice;
use crate::state::MealsCx;
use crate::store::certification as store;
use domain::meals::certificate::{CertificationError, MAX_TEXT};
use platform::ssr::actor::CountyAdmin;

pub async fn revoke_certificate(
    cx: &MealsCx,
    me: &CountyAdmin,
    certificate: i64,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim().to_owned();
    if reason.is_empty() {
        return Err(certifying::bad(CertificationError::ReasonRequired));
    }
    if reason.chars().count() > MAX_TEXT || reason.chars().any(char::is_control) {
        return Err(certifying::bad(CertificationError::ReasonInvalid));
    }
    let (now, user) = (cx.clock.now(), me.user);
    let done = cx
        .db
        .retry(|| {
            let reason = reason.clone();
            async move {
                let mut tx = cx.db.begin_write().await?;
                let Some(r) = store::revoke(&mut tx, certificate, &reason, user, now).await? else {
                    return Ok(false);
                };
                let notice = CertificationNotice::Revoked { reason: &reason };
                certifying::tell(&mut tx, &crate::notify::Letterhead::of(cx), r, notice, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        return Err(AppError::NotFound);
    }
    Ok(())
}
