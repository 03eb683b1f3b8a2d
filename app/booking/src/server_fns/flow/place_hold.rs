use crate::error::AppError;
use crate::types::HoldView;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Holds a place on a clinic day for a child born on `birth_date`.
#[server]
pub async fn place_hold(day_id: ClinicDayId, birth_date: String) -> Result<HoldView, AppError> {
    let birth = crate::forms::date(&birth_date)?;
    crate::usecase::hold_place::hold_place(&crate::state::context().await?, day_id, birth).await
}
