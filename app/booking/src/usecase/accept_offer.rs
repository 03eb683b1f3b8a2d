//! A waiting family accepts the place offered to it: the held place becomes
//! a registration through the booking's own path (the same checks, one
//! transaction with its messages; the wait ends in it too).

use super::child_record::check_triage;
use crate::error::{AppError, BookingError};
use crate::notify;
use crate::state::BookingCx;
use crate::store::registrations as regs;
use crate::store::waitlist::{self as store, EntryRow, OfferRow};
use crate::types::RegistrationView;
use domain::Bilingual;
use platform::ssr::db::{stored_opt, unreadable};

pub async fn accept_offer(cx: &BookingCx, e: &EntryRow) -> Result<RegistrationView, AppError> {
    let (today, now) = (cx.clock.today(), cx.clock.now());
    let offer = store::open_offer(&cx.db, e.id, now)
        .await?
        .ok_or(BookingError::NoOpenOffer)?;
    let known_family = regs::family_knows(&cx.db, &e.child_key, e.user_id).await?;
    let declared = e.triage_input().map_err(unreadable)?;
    let checked = check_triage(&cx.db, &e.child_key, known_family, declared, today).await?;
    let no_shows = regs::no_shows(&cx.db, &e.child_key).await? as u32;
    let new = regs::NewRegistration {
        hold_hash: offer.hold_hash.clone(),
        child_key: e.child_key.clone(),
        national_id_enc: e.national_id_enc.clone(),
        national_id_masked: e.national_id_masked.clone(),
        child_name: e.child_name.clone(),
        triage: checked.triage,
        submitter: checked.submitter,
        filled_by: e.filled_by.clone(),
        phone: e.phone.clone(),
        email: e.email.clone(),
        notes: e.notes.clone(),
        fast_track: checked.fast_track,
        needs_approval: domain::booking::registration::needs_approval(no_shows, cx.config().no_show_threshold),
        user_id: e.user_id,
        home_district: stored_opt(e.home_district.clone()).map_err(unreadable)?,
        channels: e.channels,
        lang: if e.lang == "en" { "en" } else { "zh-Hant-TW" },
        case: None,
    };
    let head = crate::notify::Letterhead::of(cx);
    let messages = confirmation(&head, e, &offer);
    match regs::submit(&cx.db, &new, today, now, messages, cx.offers()).await? {
        regs::Submitted::Done { id, .. } => {
            metrics::counter!("booking_registrations_total").increment(1);
            metrics::counter!("waitlist_offers_accepted_total").increment(1);
            tracing::info!(registration_id = %id, "waitlist offer accepted");
            let row = regs::by_id(&cx.db, id).await?.ok_or(AppError::Internal)?;
            crate::convert::registration(&row, today)
        }
        regs::Submitted::HoldExpired => Err(BookingError::NoOpenOffer.into()),
        regs::Submitted::ReservedForUnderThree => Err(BookingError::ReservedForUnderThree.into()),
        regs::Submitted::Refused(r) => Err(BookingError::from(r).into()),
        regs::Submitted::ChildAlreadyBooked => Err(BookingError::ChildAlreadyBooked(None).into()),
        regs::Submitted::CaseClosed => Err(AppError::Internal),
    }
}

/// The booking's confirmation to the family, at the offered centre.
fn confirmation<'a>(
    head: &'a crate::notify::Letterhead,
    e: &'a EntryRow,
    offer: &'a OfferRow,
) -> impl Fn(&str, &str) -> Vec<regs::Outgoing> + 'a {
    let checkin = chrono::NaiveTime::parse_from_str(&offer.checkin_time, "%H:%M").ok();
    move |reference: &str, day: &str| {
        let (Some(day), Some(checkin)) = (domain::platform::taipei::parse_iso_date(day), checkin) else {
            return Vec::new();
        };
        let visit = notify::Visit {
            reference: reference.to_owned(),
            centre: Bilingual::new(&offer.centre_name_zh_tw, &offer.centre_name_en),
            address: Bilingual::new(&offer.centre_address_zh_tw, &offer.centre_address_en),
            phone: offer.centre_phone.clone(),
            day,
            checkin,
        };
        notify::to_family(&e.recipient(), notify::Notice::Submitted, &visit, head)
    }
}
