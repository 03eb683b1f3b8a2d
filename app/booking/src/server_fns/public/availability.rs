use crate::error::AppError;
use crate::types::DayView;
use domain::ids::CentreId;
use leptos::prelude::*;

/// Clinic days between two dates (at most 92 days), optionally of one centre or district.
#[server]
pub async fn availability(
    from: String,
    to: String,
    centre: Option<CentreId>,
    district: Option<String>,
) -> Result<Vec<DayView>, AppError> {
    use crate::forms::{date, optional_district};
    use crate::usecase::availability::{availability, range};
    let range = range(
        date(&from)?,
        date(&to)?,
        centre,
        optional_district(district.as_deref())?,
    )?;
    availability(&crate::state::context().await?, &range).await
}
