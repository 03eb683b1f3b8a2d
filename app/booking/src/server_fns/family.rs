//! What a family does with its registrations: find one by reference and birth
//! date (no account needed), or see its own in its account; cancel; reschedule.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::RegistrationView;
#[cfg(feature = "ssr")]
use domain::ids::UserId;
use domain::ids::{ClinicDayId, RegistrationId};
#[cfg(feature = "ssr")]
use domain::{Named, booking::registration::FamilyChange};
use leptos::prelude::*;

/// The page to come back to after a change, announcing it (`ChangeNotice`).
#[cfg(feature = "ssr")]
fn done(page: &str, change: FamilyChange) -> String {
    format!("{page}?done={}", change.as_str())
}

/// The registration with this reference and birth date, if both match; a wrong
/// guess is answered exactly like a missing one, and guesses are rate limited.
#[cfg(feature = "ssr")]
async fn by_reference(
    state: &platform::ssr::AppState,
    reference: &str,
    birth_date: &str,
) -> Result<crate::store::registrations::RegistrationRow, AppError> {
    use platform::ssr::guard;
    if !state
        .limits
        .inquiry_allowed(&format!("inquiry:{}", guard::client_ip().await))
        .await
    {
        return Err(AppError::RateLimited);
    }
    let reference = domain::booking::BookingReference::parse(reference)
        .map_err(|_| AppError::Service(BookingError::ReferenceInvalid))?;
    let birth =
        domain::platform::taipei::parse_iso_date(birth_date).ok_or(AppError::Service(BookingError::DateInvalid))?;
    let (db, birth) = (&state.db, birth.to_string());
    guarded(state, reference.as_str(), BookingError::InquiryNoMatch, || {
        crate::store::registrations::by_reference_and_birth(db, reference.as_str(), &birth)
    })
    .await
}

/// A lookup by a reference and the child's birth date, behind the lock on
/// wrong birth dates (`domain::booking::guesses`): a locked reference opens
/// for no one; a wrong date is counted (the lock that it may start tells the
/// family); a right one clears the count. `no_match` answers a wrong date.
#[cfg(feature = "ssr")]
pub async fn guarded<T, Fut>(
    state: &platform::ssr::AppState,
    reference: &str,
    no_match: BookingError,
    lookup: impl FnOnce() -> Fut,
) -> Result<T, AppError>
where
    Fut: std::future::Future<Output = Result<Option<T>, platform::ssr::StoreError>>,
{
    use crate::store::guesses;
    let now = state.clock.now();
    let counted = guesses::of(&state.db, reference).await?;
    if counted.is_some_and(|g| g.locked_at(now)) {
        return Err(AppError::Service(BookingError::ReferenceLocked));
    }
    match lookup().await? {
        Some(found) => {
            if counted.is_some() {
                guesses::right(&state.db, reference, now).await?;
            }
            Ok(found)
        }
        None if guesses::wrong(&state.db, reference, now, &state.config.public_base_url).await? => {
            Err(AppError::Service(BookingError::ReferenceLocked))
        }
        None => Err(AppError::Service(no_match)),
    }
}

#[server]
pub async fn inquire(reference: String, birth_date: String) -> Result<RegistrationView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = by_reference(&state, &reference, &birth_date).await?;
    super::convert::registration(&row, state.clock.today())
}

/// The messages to the family about a change, made from the registration as
/// the change left it; written in the change's own transaction.
#[cfg(feature = "ssr")]
fn family_mail(
    site: &str,
    change: FamilyChange,
) -> impl Fn(&crate::store::registrations::RegistrationRow) -> Vec<crate::store::registrations::Outgoing> + Send + Sync + '_
{
    use crate::notify;
    move |row| {
        let Some(visit) = notify::Visit::from_row(row) else {
            return Vec::new();
        };
        let notice = match change {
            FamilyChange::Rescheduled => notify::Notice::Rescheduled,
            FamilyChange::Cancelled => notify::Notice::Status {
                status: row.status,
                by_centre: false,
            },
        };
        notify::to_family(&notify::Recipient::of(row), notice, &visit, site)
    }
}

#[cfg(feature = "ssr")]
async fn do_cancel(state: &platform::ssr::AppState, id: RegistrationId, actor: Option<UserId>) -> Result<(), AppError> {
    let today = state.clock.today();
    crate::store::registrations::cancel(
        &state.db,
        id,
        actor,
        today,
        state.clock.now(),
        "cancelled by the family",
        &family_mail(&state.config.public_base_url, FamilyChange::Cancelled),
    )
    .await?
    .map_err(BookingError::CannotChange)?;
    tracing::info!(registration_id = %id, "registration cancelled by the family");
    Ok(())
}

#[cfg(feature = "ssr")]
async fn do_reschedule(
    state: &platform::ssr::AppState,
    row: &crate::store::registrations::RegistrationRow,
    new_day: ClinicDayId,
    actor: Option<UserId>,
) -> Result<RegistrationView, AppError> {
    use crate::store::places::Refusal;
    use crate::store::registrations::{self as regs, Rescheduled};
    let today = state.clock.today();
    let mail = family_mail(&state.config.public_base_url, FamilyChange::Rescheduled);
    match regs::reschedule(&state.db, row, new_day, actor, today, state.clock.now(), &mail).await? {
        Rescheduled::Done => {}
        Rescheduled::Refused(Refusal::Full) => return Err(AppError::Service(BookingError::DayFull)),
        Rescheduled::Refused(Refusal::Closed) => return Err(AppError::Service(BookingError::DayClosed)),
        Rescheduled::Refused(Refusal::Missing) => return Err(AppError::NotFound),
        Rescheduled::NotAllowed(e) => return Err(AppError::Service(BookingError::CannotChange(e))),
        Rescheduled::OutsideWindow(r) => return Err(super::flow::day_refusal(r)),
    }
    tracing::info!(registration_id = %row.id, "registration rescheduled");
    let fresh = regs::by_id(&state.db, row.id).await?.ok_or(AppError::Internal)?;
    super::convert::registration(&fresh, today)
}

#[server]
pub async fn cancel_by_reference(reference: String, birth_date: String) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = by_reference(&state, &reference, &birth_date).await?;
    do_cancel(&state, row.id, None).await
}

#[server]
pub async fn reschedule_by_reference(
    reference: String,
    birth_date: String,
    new_day_id: ClinicDayId,
) -> Result<RegistrationView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = by_reference(&state, &reference, &birth_date).await?;
    do_reschedule(&state, &row, new_day_id, None).await
}

/// The signed-in parent's registrations, newest first.
#[server]
pub async fn my_registrations() -> Result<Vec<RegistrationView>, AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageOwnRegistrations).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let rows = crate::store::registrations::for_user(&state.db, me.id).await?;
    rows.iter().map(|r| super::convert::registration(r, today)).collect()
}

#[cfg(feature = "ssr")]
async fn own_row(
    id: RegistrationId,
) -> Result<
    (
        platform::ssr::AppState,
        UserId,
        crate::store::registrations::RegistrationRow,
    ),
    AppError,
> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageOwnRegistrations).await?;
    let state = app_state()?;
    let row = crate::store::registrations::by_id(&state.db, id)
        .await?
        .filter(|r| r.user_id == Some(me.id))
        .ok_or(AppError::NotFound)?;
    Ok((state, me.id, row))
}

#[server]
pub async fn cancel_mine(id: RegistrationId) -> Result<(), AppError> {
    let (state, me, row) = own_row(id).await?;
    do_cancel(&state, row.id, Some(me)).await?;
    leptos_axum::redirect(&done("/ei/my", FamilyChange::Cancelled));
    Ok(())
}

#[server]
pub async fn reschedule_mine(id: RegistrationId, new_day_id: ClinicDayId) -> Result<RegistrationView, AppError> {
    let (state, me, row) = own_row(id).await?;
    let v = do_reschedule(&state, &row, new_day_id, Some(me)).await?;
    leptos_axum::redirect(&done("/ei/my", FamilyChange::Rescheduled));
    Ok(v)
}

/// The booking an inquiry found, kept in a sealed cookie for an hour so that
/// the family can cancel or move it without typing the reference again.
#[cfg(feature = "ssr")]
mod found {
    use platform::ssr::AppState;
    use platform::ssr::sealed::Sealed;
    use serde::{Deserialize, Serialize};

    /// The booking found, for an hour.
    const FOUND: Sealed<Found> = Sealed::new("inquiry", 3600);

    #[derive(Serialize, Deserialize)]
    pub struct Found {
        pub registration: domain::ids::RegistrationId,
        pub birth_date: String,
    }

    pub fn write(state: &AppState, f: &Found) {
        FOUND.write(state, f);
    }

    pub fn clear(state: &AppState) {
        FOUND.clear(state);
    }

    /// The registration found, if the cookie is there and still matches it.
    pub async fn row(
        state: &AppState,
    ) -> Result<Option<crate::store::registrations::RegistrationRow>, crate::error::AppError> {
        let Some(f) = FOUND.read(state) else {
            return Ok(None);
        };
        Ok(crate::store::registrations::by_id(&state.db, f.registration)
            .await?
            .filter(|r| r.birth_date == f.birth_date))
    }
}

/// Finds a booking by reference and birth date (rate limited) and shows it.
#[server]
pub async fn find_booking(reference: String, birth_date: String) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = by_reference(&state, &reference, &birth_date).await?;
    found::write(
        &state,
        &found::Found {
            registration: row.id,
            birth_date: row.birth_date,
        },
    );
    leptos_axum::redirect("/ei/inquiry");
    Ok(())
}

/// The booking the last inquiry found, for the page.
#[server]
pub async fn found_booking() -> Result<Option<RegistrationView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    let today = state.clock.today();
    found::row(&state)
        .await?
        .map(|r| super::convert::registration(&r, today))
        .transpose()
}

/// Cancels the booking the inquiry found.
#[server]
pub async fn cancel_found() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = found::row(&state)
        .await?
        .ok_or(AppError::Service(BookingError::InquiryNoMatch))?;
    do_cancel(&state, row.id, None).await?;
    leptos_axum::redirect(&done("/ei/inquiry", FamilyChange::Cancelled));
    Ok(())
}

/// Moves the booking the inquiry found to another clinic day.
#[server]
pub async fn reschedule_found(new_day_id: ClinicDayId) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let row = found::row(&state)
        .await?
        .ok_or(AppError::Service(BookingError::InquiryNoMatch))?;
    do_reschedule(&state, &row, new_day_id, None).await?;
    leptos_axum::redirect(&done("/ei/inquiry", FamilyChange::Rescheduled));
    Ok(())
}

/// Forgets the booking found, to look up another.
#[server]
pub async fn forget_found() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    found::clear(&state);
    leptos_axum::redirect("/ei/inquiry");
    Ok(())
}
