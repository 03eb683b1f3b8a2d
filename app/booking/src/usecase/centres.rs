//! The assessment centres as families and the open data see them (active
//! ones), or as the city administers them (all), each with the first day
//! from tomorrow that has a place left.

use crate::error::AppError;
use crate::store::centres;
use crate::types::CentreView;
use domain::ids::CentreId;
use platform::ssr::Context;

pub async fn list_centres(cx: &Context, active_only: bool) -> Result<Vec<CentreView>, AppError> {
    let tomorrow = cx.clock.today() + chrono::Duration::days(1);
    let rows = centres::list_from(&cx.db, active_only, &tomorrow.to_string(), cx.clock.now()).await?;
    rows.into_iter().map(crate::convert::centre).collect()
}

/// An active centre.
pub async fn centre(cx: &Context, id: CentreId) -> Result<CentreView, AppError> {
    let tomorrow = cx.clock.today() + chrono::Duration::days(1);
    let row = centres::get_from(&cx.db, id, &tomorrow.to_string(), cx.clock.now())
        .await?
        .filter(|c| c.active == 1);
    row.map(crate::convert::centre).ok_or(AppError::NotFound)?
}
