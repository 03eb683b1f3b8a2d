//! Single fields as forms send them: dates and districts.

use crate::error::BookingError;
use chrono::NaiveDate;
use domain::booking::District;

/// A date as a form sends it (`YYYY-MM-DD`).
pub fn date(s: &str) -> Result<NaiveDate, BookingError> {
    domain::platform::taipei::parse_iso_date(s.trim()).ok_or(BookingError::DateInvalid)
}

/// A date that may be left empty.
pub fn optional_date(s: Option<&str>) -> Result<Option<NaiveDate>, BookingError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(v) => date(v).map(Some),
    }
}

/// The district of residence as a form sends it: a district's name, or
/// nothing for "prefer not to say".
pub fn home_from_form(s: &str) -> Result<Option<District>, platform::AppError> {
    match s.trim() {
        "" => Ok(None),
        d => District::parse(d).map(Some).ok_or(platform::AppError::InvalidInput),
    }
}

/// A district to filter by, when one is given.
pub fn optional_district(s: Option<&str>) -> Result<Option<District>, platform::AppError> {
    home_from_form(s.unwrap_or_default())
}
