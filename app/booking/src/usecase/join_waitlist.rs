//! A family whose days are full joins the waitlist, after the same triage
//! as a booking: its wish (one active centre, or some districts, from a day
//! on), its place in line by the domain's order, and the confirmation in
//! the channels it chose, in one transaction.

use super::child_record::{check_triage, joint_assessment};
use crate::error::{AppError, BookingError};
use crate::forms::Contact;
use crate::notify;
use crate::state::BookingCx;
use crate::store::registrations::{self as regs, Submitter};
use crate::store::waitlist::{self as store, EntryRow};
use crate::types::WishForm;
use domain::booking::TriageInput;
use domain::booking::waitlist::{Wish, WishedPlace};
use platform::ssr::Context;
use platform::ssr::actor::Parent;

pub async fn join_waitlist(
    cx: &BookingCx,
    parent: Option<&Parent>,
    answers: TriageInput,
    contact: Contact<'_>,
    wish: &WishForm,
) -> Result<EntryRow, AppError> {
    if !cx.limits.hold_allowed(&format!("hold:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let (today, now) = (cx.clock.today(), cx.clock.now());
    let c = contact.parse()?;
    crate::profile::known_or_none(cx, c.home)?;
    let wish = self::wish(cx, wish).await?;
    let child_key = cx.keys.child_key(&c.id);
    let parent = parent.map(|p| p.user);
    // What the records hold is told to the child's known family only.
    let known_family = regs::family_knows(&cx.db, &child_key, parent).await?;
    let checked = check_triage(&cx.db, &child_key, known_family, answers, today).await?;
    let record_refuses = match &checked.submitter {
        Submitter::KnownFamily => false,
        Submitter::Other { recorded_triage } => recorded_triage
            .as_ref()
            .is_some_and(|t| joint_assessment(t, today).is_err()),
    };
    let input = checked.triage;
    let new = store::NewWait {
        child_key,
        national_id_enc: cx.keys.encrypt(c.id.expose()),
        national_id_masked: c.id.masked(),
        child_name: c.child_name.clone(),
        first_assessment: input.previous.is_none(),
        triage: input,
        filled_by: c.filled_by_name().to_owned(),
        phone: c.phone.as_str().to_owned(),
        email: c.email.as_ref().map(|e| e.as_str().to_owned()),
        notes: c.notes.clone(),
        channels: c.channels,
        lang: notify::locale_code(cx.locale),
        user_id: parent,
        home_district: c.home,
        wish,
        known_family,
        record_refuses,
    };
    let recipient = notify::Recipient {
        channels: c.channels,
        email: c.email.as_ref().map(|e| e.as_str()),
        phone: c.phone.as_str(),
        locale: cx.locale,
    };
    let head = notify::Letterhead::of(cx);
    let messages = |reference: &str| notify::wait_joined(&recipient, reference, &head);
    match store::join(&cx.db, &new, now, messages, cx.offers()).await? {
        store::Joined::Done { id, .. } => {
            metrics::counter!("waitlist_joins_total").increment(1);
            tracing::info!(wait_id = %id, "joined the waitlist");
            store::by_id(&cx.db, id).await?.ok_or(AppError::Internal)
        }
        store::Joined::ChildBooked => Err(BookingError::ChildAlreadyBooked(None).into()),
        store::Joined::AlreadyWaiting => Err(BookingError::AlreadyWaiting.into()),
    }
}

/// The wish as the form gave it, checked: one active centre or some
/// districts; the first day not before tomorrow (an earlier one is taken as
/// tomorrow) and within a year.
async fn wish(cx: &Context, form: &WishForm) -> Result<Wish, AppError> {
    let tomorrow = cx.clock.today() + chrono::Duration::days(1);
    let from = crate::forms::optional_date(Some(&form.wish_from))?
        .unwrap_or(tomorrow)
        .max(tomorrow);
    if from > tomorrow + chrono::Duration::days(366) {
        return Err(BookingError::DateRangeInvalid.into());
    }
    let place = match form.wish_centre {
        Some(c) => {
            let centre = crate::store::centres::get(&cx.db, c).await?;
            if centre.is_none_or(|c| c.active != 1) {
                return Err(AppError::NotFound);
            }
            WishedPlace::Centre(c.get())
        }
        None if form.wish_districts.is_empty() => return Err(BookingError::WishMissing.into()),
        None => WishedPlace::Districts(
            form.wish_districts
                .iter()
                .map(|d| crate::profile::known(cx, *d))
                .collect::<Result<_, _>>()?,
        ),
    };
    Ok(Wish { place, from })
}
