use crate::error::AppError;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

/// Step 2: holds a place on the clinic day chosen (giving back one held before).
#[server]
pub async fn hold_day(day_id: ClinicDayId) -> Result<(), AppError> {
    use crate::kept::booking::{self, Hold};
    let cx = crate::state::context().await?;
    let mut d = booking::read(&cx).ok_or(crate::error::BookingError::StartAgain)?;
    booking::release(&cx, &mut d, cx.offers()).await?;
    d.typed = None;
    let held = crate::usecase::hold_day::hold_day(&cx, &d.answers, day_id).await?;
    d.hold = Some(Hold {
        token: held.token,
        expires_at: held.expires_at,
    });
    booking::write(&cx, &d);
    leptos_axum::redirect("/ei/book");
    Ok(())
}
