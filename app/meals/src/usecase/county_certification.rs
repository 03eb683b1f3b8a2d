//! Everything the county reviews: the criteria, the applications (waiting
//! first) and the current certificates.

use super::certifying;
use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::certification as store;
use crate::types::{CertificationReview, CriteriaView};
use platform::ssr::actor::CountyAdmin;

pub async fn county_certification(cx: &MealsCx, _: &CountyAdmin) -> Result<CertificationReview, AppError> {
    let today = cx.clock.today();
    let rows = store::all_applications(&cx.db).await?;
    Ok(CertificationReview {
        criteria: store::latest_criteria(&cx.db)
            .await?
            .map(|(edition, criteria)| CriteriaView { edition, criteria }),
        applications: certifying::applications(cx, rows).await?,
        certificates: store::current(&cx.db)
            .await?
            .into_iter()
            .filter_map(|c| certifying::certificate(c, today))
            .collect(),
    })
}
