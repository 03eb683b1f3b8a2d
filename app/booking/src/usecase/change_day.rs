//! The centre changes one of its clinic days: its places (never below the
//! places taken), closing it with a reason, or opening it again.

use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::clinic_days::{self, Resize, resize};
use domain::Bilingual;
use domain::booking::Quota;
use domain::booking::quota::CLOSURE_NOTE_MAX_CHARS;
use domain::ids::ClinicDayId;
use platform::ssr::actor::CentreStaff;

pub async fn resize_day(
    cx: &BookingCx,
    me: &CentreStaff,
    day: ClinicDayId,
    quota: u32,
    reserved_under3: u32,
) -> Result<(), AppError> {
    let quota = Quota::new(quota, reserved_under3).map_err(BookingError::from)?;
    match resize(&cx.db, me.centre, day, quota, cx.clock.now(), cx.offers()).await? {
        Resize::Done => Ok(()),
        Resize::NotFound => Err(AppError::NotFound),
        Resize::Refused(r) => Err(BookingError::QuotaShrink {
            taken_general: r.taken_general,
            taken_reserved: r.taken_reserved,
        }
        .into()),
    }
}

/// Closes the day with its reason (in either language or both); the
/// families booked on it hear from the store's closing.
pub async fn close_day(cx: &BookingCx, me: &CentreStaff, day: ClinicDayId, note: &Bilingual) -> Result<(), AppError> {
    let (zh, en) = (note.zh_tw.trim(), note.en.trim());
    if zh.is_empty() && en.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let cut = |s: &str| s.chars().take(CLOSURE_NOTE_MAX_CHARS).collect::<String>();
    let note = Bilingual::new(cut(zh), cut(en));
    if !clinic_days::set_closure(&cx.db, me.centre, day, Some(&note), cx.clock.now(), cx.offers()).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

pub async fn reopen_day(cx: &BookingCx, me: &CentreStaff, day: ClinicDayId) -> Result<(), AppError> {
    if !clinic_days::set_closure(&cx.db, me.centre, day, None, cx.clock.now(), cx.offers()).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
