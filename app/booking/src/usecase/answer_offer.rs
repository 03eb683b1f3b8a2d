//! A waiting family declines the place offered (it keeps its place in line,
//! the place goes to the next family) or leaves the waitlist.

use crate::error::{AppError, BookingError};
use crate::state::BookingCx;
use crate::store::waitlist::{self, EntryRow};

pub async fn decline_offer(cx: &BookingCx, e: &EntryRow) -> Result<(), AppError> {
    if !waitlist::decline(&cx.db, e.id, cx.clock.now(), cx.offers()).await? {
        return Err(BookingError::NoOpenOffer.into());
    }
    Ok(())
}

pub async fn leave_waitlist(cx: &BookingCx, e: &EntryRow) -> Result<(), AppError> {
    waitlist::leave(&cx.db, e.id, cx.clock.now(), cx.offers()).await?;
    Ok(())
}
