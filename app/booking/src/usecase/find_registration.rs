//! Finding a registration by its reference and the child's birth date (no
//! account needed): a wrong guess is answered exactly like a missing one,
//! guesses are rate limited, and a reference with too many wrong birth dates
//! is locked (`domain::booking::guesses`).

use crate::error::{AppError, BookingError};
use crate::store::guesses;
use crate::store::registrations::{self, RegistrationRow};
use platform::ssr::{Context, StoreError};

/// The registration with this reference and birth date, if both match.
pub async fn find_registration(cx: &Context, reference: &str, birth_date: &str) -> Result<RegistrationRow, AppError> {
    if !cx.limits.inquiry_allowed(&format!("inquiry:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let reference = domain::booking::BookingReference::parse(reference).map_err(|_| BookingError::ReferenceInvalid)?;
    let birth = crate::forms::date(birth_date)?.to_string();
    guarded(cx, reference.as_str(), BookingError::InquiryNoMatch, || {
        registrations::by_reference_and_birth(&cx.db, reference.as_str(), &birth)
    })
    .await
}

/// A lookup by a reference and the child's birth date, behind the lock on
/// wrong birth dates: a locked reference opens for no one; a wrong date is
/// counted (the lock that it may start tells the family); a right one
/// clears the count. `no_match` answers a wrong date.
pub async fn guarded<T, Fut>(
    cx: &Context,
    reference: &str,
    no_match: BookingError,
    lookup: impl FnOnce() -> Fut,
) -> Result<T, AppError>
where
    Fut: std::future::Future<Output = Result<Option<T>, StoreError>>,
{
    let now = cx.clock.now();
    let counted = guesses::of(&cx.db, reference).await?;
    if counted.is_some_and(|g| g.locked_at(now)) {
        return Err(BookingError::ReferenceLocked.into());
    }
    match lookup().await? {
        Some(found) => {
            if counted.is_some() {
                guesses::right(&cx.db, reference, now).await?;
            }
            Ok(found)
        }
        None if guesses::wrong(&cx.db, reference, now, &crate::notify::Letterhead::of(cx)).await? => {
            Err(BookingError::ReferenceLocked.into())
        }
        None => Err(no_match.into()),
    }
}
