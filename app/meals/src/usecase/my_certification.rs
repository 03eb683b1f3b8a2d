//! A restaurant's certification: its figures today against the criteria,
//! its applications and its certificate.

use super::certifying;
use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::certification as store;
use crate::types::{CertificationStanding, CriteriaView};
use domain::meals::certificate::ApplicationStatus;
use platform::ssr::actor::RestaurantStaff;

pub async fn my_certification(cx: &MealsCx, me: &RestaurantStaff) -> Result<CertificationStanding, AppError> {
    let r = me.restaurant;
    let today = cx.clock.today();
    let rows = store::applications_of(&cx.db, r).await?;
    let applications = certifying::applications(cx, rows).await?;
    let declaration = applications.first().map(|a| a.declaration.clone()).unwrap_or_default();
    let criteria = store::latest_criteria(&cx.db).await?;
    let outcomes = match &criteria {
        Some((_, c)) => certifying::outcomes(c, &certifying::measures(cx, r, &declaration).await?),
        None => Vec::new(),
    };
    let certificate = store::of_restaurant(&cx.db, r)
        .await?
        .into_iter()
        .find(|c| c.revoked_at.is_none() && c.replaced_at.is_none())
        .and_then(|c| certifying::certificate(c, today));
    let pending_evidence = store::pending_evidence(&cx.db, r)
        .await?
        .iter()
        .map(certifying::evidence_view)
        .collect();
    Ok(CertificationStanding {
        pending_evidence,
        can_apply: criteria.is_some() && !applications.iter().any(|a| a.status == ApplicationStatus::Submitted),
        criteria: criteria.map(|(edition, criteria)| CriteriaView { edition, criteria }),
        outcomes,
        declaration,
        applications,
        certificate,
    })
}
