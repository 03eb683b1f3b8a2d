//! A held place becomes a registration, with the family's messages, in one
//! transaction (`store::registrations::submit`), or nothing changes.

use super::child_record::check_triage;
use crate::error::{AppError, BookingError, OwnBooking};
use crate::forms::{Contact, ParsedContact};
use crate::notify;
use crate::state::BookingCx;
use crate::store::{centres, clinic_days, holds, registrations as regs};
use crate::types::RegistrationView;
use domain::booking::TriageInput;
use domain::ids::{CaseId, UserId};
use platform::ssr::actor::{CaseManager, Parent};

/// Who submits a registration.
pub enum Booker<'a> {
    /// A family: signed in as a parent, or not signed in.
    Family(Option<&'a Parent>),
    /// A case manager booking for a family's referral case.
    ForCase { manager: &'a CaseManager, case: CaseId },
}

impl Booker<'_> {
    /// The parent's account the registration belongs to.
    fn parent(&self) -> Option<UserId> {
        match self {
            Booker::Family(p) => p.map(|p| p.user),
            Booker::ForCase { .. } => None,
        }
    }
}

/// Submits the registration for the place `hold_token` holds.
pub async fn submit_registration(
    cx: &BookingCx,
    by: Booker<'_>,
    hold_token: &str,
    input: TriageInput,
    contact: Contact<'_>,
) -> Result<RegistrationView, AppError> {
    let (today, now) = (cx.clock.today(), cx.clock.now());
    let c = contact.parse()?;
    crate::profile::known_or_none(cx, c.home)?;
    let child_key = cx.keys.child_key(&c.id);
    let parent = by.parent();
    // The repeat rule and the re-assessment window go by the assessments
    // this system recorded, not only by what the family declares; the
    // record is told only to the child's known family (a case manager
    // booking for a case is one of the staff).
    let for_case = matches!(by, Booker::ForCase { .. });
    let known_family = for_case || regs::family_knows(&cx.db, &child_key, parent).await?;
    let checked = check_triage(&cx.db, &child_key, known_family, input, today).await?;
    let no_shows = regs::no_shows(&cx.db, &child_key).await? as u32;
    let new = regs::NewRegistration {
        hold_hash: platform::ssr::keys::storage_hash(hold_token),
        national_id_enc: cx.keys.encrypt(c.id.expose()),
        national_id_masked: c.id.masked(),
        child_key: child_key.clone(),
        child_name: c.child_name.clone(),
        triage: checked.triage,
        submitter: checked.submitter,
        filled_by: c.filled_by_name().to_owned(),
        phone: c.phone.as_str().to_owned(),
        email: c.email.as_ref().map(|e| e.as_str().to_owned()),
        notes: c.notes.clone(),
        fast_track: checked.fast_track,
        needs_approval: domain::booking::registration::needs_approval(no_shows, cx.config().no_show_threshold),
        user_id: parent,
        home_district: c.home,
        channels: c.channels,
        lang: notify::locale_code(cx.locale),
        case: match by {
            Booker::ForCase { manager, case } => Some((case, manager.user)),
            Booker::Family(_) => None,
        },
    };
    let messages = submitted_messages(cx, hold_token, &c).await?;
    match regs::submit(&cx.db, &new, today, now, messages, cx.offers()).await? {
        regs::Submitted::Done { id, .. } => {
            metrics::counter!("booking_registrations_total").increment(1);
            tracing::info!(registration_id = %id, "registration submitted");
            let row = regs::by_id(&cx.db, id).await?.ok_or(AppError::Internal)?;
            crate::convert::registration(&row, today)
        }
        regs::Submitted::HoldExpired => Err(BookingError::HoldExpired.into()),
        regs::Submitted::ReservedForUnderThree => Err(BookingError::ReservedForUnderThree.into()),
        regs::Submitted::Refused(r) => Err(BookingError::from(r).into()),
        regs::Submitted::CaseClosed => {
            holds::release(&cx.db, hold_token, now, cx.offers()).await?;
            Err(BookingError::CaseClosed.into())
        }
        regs::Submitted::ChildAlreadyBooked => {
            holds::release(&cx.db, hold_token, now, cx.offers()).await?;
            let existing = regs::active_for_child(&cx.db, &child_key).await?;
            let own = match existing.filter(|r| r.user_id.is_some() && r.user_id == parent) {
                Some(r) => Some(OwnBooking {
                    centre: r.centre_name(),
                    date: crate::convert::stored_date(&r.day)?,
                }),
                None => None,
            };
            Err(BookingError::ChildAlreadyBooked(own).into())
        }
    }
}

/// The family's confirmation, made once the registration has its reference:
/// the centre and the day of the hold, in the channels the family chose.
async fn submitted_messages(
    cx: &BookingCx,
    hold_token: &str,
    c: &ParsedContact,
) -> Result<impl Fn(&str, &str) -> Vec<regs::Outgoing> + use<>, AppError> {
    let now = cx.clock.now();
    let day = match holds::find(&cx.db, hold_token).await? {
        Some(h) => clinic_days::get(&cx.db, now, h.clinic_day_id).await?,
        None => None,
    };
    let centre = match &day {
        Some(d) => centres::get(&cx.db, d.centre_id).await?,
        None => None,
    };
    let (head, locale, channels) = (notify::Letterhead::of(cx), cx.locale, c.channels);
    let email = c.email.as_ref().map(|e| e.as_str().to_owned());
    let phone = c.phone.as_str().to_owned();
    Ok(move |reference: &str, on: &str| {
        let recipient = notify::Recipient {
            channels,
            email: email.as_deref(),
            phone: &phone,
            locale,
        };
        let visit = (|| {
            let (d, c) = (day.as_ref()?, centre.as_ref()?);
            Some(notify::Visit {
                reference: reference.to_owned(),
                centre: c.name(),
                address: c.address(),
                phone: c.phone.clone(),
                day: domain::platform::taipei::parse_iso_date(on)?,
                checkin: chrono::NaiveTime::parse_from_str(&d.checkin_time, "%H:%M").ok()?,
            })
        })();
        match visit {
            Some(v) => notify::to_family(&recipient, notify::Notice::Submitted, &v, &head),
            None => Vec::new(),
        }
    })
}
