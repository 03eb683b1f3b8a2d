//! A waiting family declines the place offered (it keeps its place in line,
//! the place goes to the next family) or leaves the waitlist.

use crate::error::{AppError, BookingError};
use crate::store::waitlist::{self, EntryRow};
use platform::ssr::Context;

pub async fn decline_offer(cx: &Context, e: &EntryRow) -> Result<(), AppError> {
    if !waitlist::decline(&cx.db, e.id, cx.clock.now()).await? {
        return Err(BookingError::NoOpenOffer.into());
    }
    Ok(())
}

pub async fn leave_waitlist(cx: &Context, e: &EntryRow) -> Result<(), AppError> {
    waitlist::leave(&cx.db, e.id, cx.clock.now()).await?;
    Ok(())
}
