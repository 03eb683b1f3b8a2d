//! Open to everyone: today's date, the centres, availability.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::{CentreView, DayView};
use domain::ids::CentreId;
use leptos::prelude::*;

/// Today in Taipei, from the server's clock (pages never read the browser's).
#[server]
pub async fn today() -> Result<chrono::NaiveDate, AppError> {
    let state = platform::ssr::state::app_state()?;
    Ok(state.clock.today())
}

#[server]
pub async fn list_centres() -> Result<Vec<CentreView>, AppError> {
    use crate::store::centres;
    let state = platform::ssr::state::app_state()?;
    let tomorrow = state.clock.today() + chrono::Duration::days(1);
    let rows = centres::list_from(&state.db, true, &tomorrow.to_string(), state.clock.now()).await?;
    rows.into_iter().map(super::convert::centre).collect()
}

#[server]
pub async fn get_centre(id: CentreId) -> Result<CentreView, AppError> {
    use crate::store::centres;
    let state = platform::ssr::state::app_state()?;
    let tomorrow = state.clock.today() + chrono::Duration::days(1);
    let row = centres::get_from(&state.db, id, &tomorrow.to_string(), state.clock.now())
        .await?
        .filter(|c| c.active == 1);
    row.map(super::convert::centre).ok_or(AppError::NotFound)?
}

/// Clinic days between two dates (at most 92 days), optionally of one centre or district.
#[server]
pub async fn availability(
    from: String,
    to: String,
    centre: Option<CentreId>,
    district: Option<String>,
) -> Result<Vec<DayView>, AppError> {
    use domain::platform::taipei::parse_iso_date;
    let state = platform::ssr::state::app_state()?;
    let (Some(f), Some(t)) = (parse_iso_date(&from), parse_iso_date(&to)) else {
        return Err(AppError::Service(BookingError::DateInvalid));
    };
    if t < f || (t - f).num_days() > 92 {
        return Err(AppError::Service(BookingError::DateRangeInvalid));
    }
    let range = crate::store::availability::Range {
        from: f.to_string(),
        to: t.to_string(),
        centre,
        district: district
            .as_deref()
            .filter(|d| !d.is_empty())
            .map(|d| <domain::booking::District as domain::Named>::parse(d).ok_or(AppError::InvalidInput))
            .transpose()?,
    };
    let booking = crate::state::booking_state()?;
    let snapshot = booking
        .availability
        .between(&state.db, state.clock.now(), &range)
        .await?;
    snapshot.rows.iter().map(super::convert::day).collect()
}

/// Therapy providers offering the services a report recommends, those in
/// `district` first (the order is the domain's), at most eight.
#[server]
pub async fn therapy_providers(
    district: domain::booking::District,
    #[server(default)] services: Vec<domain::booking::report::Service>,
) -> Result<Vec<crate::types::ProviderView>, AppError> {
    use domain::booking::report::providers_to_show;
    let state = platform::ssr::state::app_state()?;
    let rows = crate::store::providers::list(&state.db).await?;
    let offered = rows
        .iter()
        .map(|r| Ok((r.district, r.services()?)))
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(platform::ssr::db::unreadable)?;
    let wanted = services.into_iter().collect();
    Ok(providers_to_show(&wanted, district, &offered, 8)
        .into_iter()
        .map(|i| crate::types::ProviderView {
            name: rows[i].name(),
            district: rows[i].district,
            address: rows[i].address(),
            phone: rows[i].phone.clone(),
            services: offered[i].1.clone(),
            demo: rows[i].is_demo == 1,
        })
        .collect())
}
