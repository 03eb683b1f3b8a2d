//! Finding a waitlist entry by its reference and the child's birth date, as
//! a booking is found: rate limited, a wrong guess answered like a missing
//! entry and counted towards the reference's lock.

use super::find_registration::guarded;
use crate::error::{AppError, BookingError};
use crate::store::waitlist::{self, EntryRow};
use domain::booking::waitlist::WaitReference;
use platform::ssr::Context;

pub async fn find_wait(cx: &Context, reference: &str, birth_date: &str) -> Result<EntryRow, AppError> {
    if !cx.limits.inquiry_allowed(&format!("inquiry:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let reference = WaitReference::parse(reference).map_err(|_| BookingError::ReferenceInvalid)?;
    let birth = crate::forms::date(birth_date)?.to_string();
    guarded(cx, reference.as_str(), BookingError::InquiryNoMatch, || {
        waitlist::by_reference_and_birth(&cx.db, reference.as_str(), &birth)
    })
    .await
}
