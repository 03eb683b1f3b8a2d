//! A restaurant applies for the certification (or sends again what the
//! county sent back) with its declarations; its figures are computed and
//! kept with the application, and the files waiting go with it.

use super::certifying;
use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::certification as store;
use domain::meals::certificate::{CertificationError, Declaration, EvidenceTopic};
use platform::ssr::actor::RestaurantStaff;

/// What the restaurant declares in its own words.
#[derive(Clone, Debug)]
pub struct Declared {
    pub seasonal_changes: u32,
    pub waste_evidence: String,
    pub packaging_evidence: String,
}

pub async fn apply_certification(cx: &MealsCx, me: &RestaurantStaff, declared: Declared) -> Result<(), AppError> {
    let r = me.restaurant;
    let pending = store::pending_evidence(&cx.db, r).await?;
    let files = |t: EvidenceTopic| pending.iter().filter(|f| f.topic == t).count() as u32;
    let d = Declaration {
        seasonal_changes: declared.seasonal_changes,
        waste_evidence: declared.waste_evidence,
        packaging_evidence: declared.packaging_evidence,
        waste_files: files(EvidenceTopic::Waste),
        packaging_files: files(EvidenceTopic::Packaging),
    }
    .checked()
    .map_err(certifying::bad)?;
    let (edition, _) = store::latest_criteria(&cx.db).await?.ok_or(AppError::NotFound)?;
    let measures = certifying::measures(cx, r, &d).await?;
    let (d_json, m_json) = (
        serde_json::to_string(&d).map_err(|_| AppError::Internal)?,
        serde_json::to_string(&measures).map_err(|_| AppError::Internal)?,
    );
    let (now, user) = (cx.clock.now(), me.user);
    let submitted = cx
        .db
        .retry(|| {
            let (db, d_json, m_json) = (cx.db.clone(), d_json.clone(), m_json.clone());
            async move {
                let mut tx = db.begin_write().await?;
                let id = store::submit(&mut tx, r, edition, &d_json, &m_json, user, now).await?;
                tx.commit().await?;
                Ok(id)
            }
        })
        .await?;
    if submitted.is_none() {
        return Err(certifying::bad(CertificationError::AlreadyOpen));
    }
    Ok(())
}
