//! The waitlist: a family whose days are full joins (after the same triage
//! as a booking), sees its place in line, answers an offer of a freed place
//! or leaves. Families find their entry by its reference and the child's
//! birth date, as with a booking (rate limited, a wrong guess answered like
//! a missing entry); staff see the families waiting for their centre, the
//! city every family waiting. The order and the offers are the store's and
//! the domain's (`store::waitlist`, `domain::booking::waitlist`).

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
#[cfg(feature = "ssr")]
use crate::types::WishForm;
use crate::types::{RegistrationView, WaitView, WaitingRowView, WaitlistForm};
use domain::booking::contact::{Channels, FilledBy};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::store::waitlist::{self as store, EntryRow};
    use crate::types::OfferView;
    use domain::booking::waitlist::{self as wl, WaitStatus, WishedPlace};
    use domain::ids::WaitId;
    use domain::{Bilingual, Named};
    use platform::ssr::AppState;
    use platform::ssr::db::unreadable;
    use platform::ssr::sealed::Sealed;
    use serde::{Deserialize, Serialize};

    /// The entry found by reference and birth date, on the family's device (an hour).
    const FOUND: Sealed<Found> = Sealed::new("waitlist_found", 3600);

    #[derive(Serialize, Deserialize)]
    struct Found {
        entry: WaitId,
        birth_date: String,
    }

    pub fn remember(state: &AppState, e: &EntryRow) {
        FOUND.write(
            state,
            &Found {
                entry: e.id,
                birth_date: e.birth_date.clone(),
            },
        );
    }

    pub fn forget(state: &AppState) {
        FOUND.clear(state);
    }

    /// The entry this device found, if the cookie is there and still matches.
    pub async fn found(state: &AppState) -> Result<Option<EntryRow>, AppError> {
        let Some(f) = FOUND.read(state) else {
            return Ok(None);
        };
        Ok(store::by_id(&state.db, f.entry)
            .await?
            .filter(|e| e.birth_date == f.birth_date))
    }

    /// The entry with this reference and birth date; a wrong guess is
    /// answered like a missing entry, and guesses are rate limited.
    pub async fn by_reference(state: &AppState, reference: &str, birth_date: &str) -> Result<EntryRow, AppError> {
        use platform::ssr::guard;
        if !state
            .limits
            .inquiry_allowed(&format!("inquiry:{}", guard::client_ip().await))
            .await
        {
            return Err(AppError::RateLimited);
        }
        let reference =
            wl::WaitReference::parse(reference).map_err(|_| AppError::Service(BookingError::ReferenceInvalid))?;
        let birth =
            domain::platform::taipei::parse_iso_date(birth_date).ok_or(AppError::Service(BookingError::DateInvalid))?;
        let birth = birth.to_string();
        super::super::family::guarded(state, reference.as_str(), BookingError::InquiryNoMatch, || {
            store::by_reference_and_birth(&state.db, reference.as_str(), &birth)
        })
        .await
    }

    /// The wish as the form gave it, checked: one active centre or some
    /// districts; the first day not before tomorrow (an earlier one is
    /// taken as tomorrow) and within a year.
    pub async fn wish(state: &AppState, form: &WishForm) -> Result<wl::Wish, AppError> {
        let tomorrow = state.clock.today() + chrono::Duration::days(1);
        let from = match form.wish_from.trim() {
            "" => tomorrow,
            s => domain::platform::taipei::parse_iso_date(s).ok_or(AppError::Service(BookingError::DateInvalid))?,
        }
        .max(tomorrow);
        if from > tomorrow + chrono::Duration::days(366) {
            return Err(AppError::Service(BookingError::DateRangeInvalid));
        }
        let place = match form.wish_centre {
            Some(c) => {
                let centre = crate::store::centres::get(&state.db, c).await?;
                if centre.is_none_or(|c| c.active != 1) {
                    return Err(AppError::NotFound);
                }
                WishedPlace::Centre(c.get())
            }
            None if form.wish_districts.is_empty() => return Err(AppError::Service(BookingError::WishMissing)),
            None => WishedPlace::Districts(form.wish_districts.iter().copied().collect()),
        };
        Ok(wl::Wish { place, from })
    }

    /// Joins with the triage's answers and the contact as typed.
    pub async fn join(
        answers: domain::booking::TriageInput,
        contact: crate::server_fns::flow::Contact<'_>,
        wish: &WishForm,
    ) -> Result<EntryRow, AppError> {
        use crate::notify;
        use crate::store::registrations as regs;
        use platform::ssr::{guard, state::app_state};
        let state = app_state()?;
        if !state
            .limits
            .hold_allowed(&format!("hold:{}", guard::client_ip().await))
            .await
        {
            return Err(AppError::RateLimited);
        }
        let (today, now) = (state.clock.today(), state.clock.now());
        let c = contact.parse()?;
        let wish = self::wish(&state, wish).await?;
        let child_key = state.keys.child_key(&c.id);
        let me = guard::current_user().await?;
        let parent = me
            .as_ref()
            .filter(|u| u.role == domain::platform::Role::Parent)
            .map(|u| u.id);
        // What the records hold is told to the child's known family only.
        let known_family = regs::family_knows(&state.db, &child_key, parent).await?;
        let checked =
            crate::server_fns::flow::check_triage(&state.db, &child_key, known_family, answers, today).await?;
        let record_refuses = match &checked.submitter {
            regs::Submitter::KnownFamily => false,
            regs::Submitter::Other { recorded_triage } => recorded_triage
                .as_ref()
                .is_some_and(|t| crate::server_fns::flow::joint_assessment(t, today).is_err()),
        };
        let input = checked.triage;
        let locale = guard::request_locale();
        let new = store::NewWait {
            child_key,
            national_id_enc: state.keys.encrypt(c.id.expose()),
            national_id_masked: c.id.masked(),
            child_name: c.child_name,
            first_assessment: input.previous.is_none(),
            triage: input,
            filled_by: contact.filled_by.as_str().to_owned(),
            phone: c.phone.as_str().to_owned(),
            email: c.email.as_ref().map(|e| e.as_str().to_owned()),
            notes: contact.notes.chars().take(500).collect(),
            channels: c.channels,
            lang: notify::locale_code(locale),
            user_id: parent,
            home_district: contact.home,
            wish,
            known_family,
            record_refuses,
        };
        let recipient = notify::Recipient {
            channels: c.channels,
            email: c.email.as_ref().map(|e| e.as_str()),
            phone: c.phone.as_str(),
            locale,
        };
        let site = state.config.public_base_url.clone();
        let messages = |reference: &str| notify::wait_joined(&recipient, reference, &site);
        match store::join(&state.db, &new, now, messages).await? {
            store::Joined::Done { id, .. } => {
                metrics::counter!("waitlist_joins_total").increment(1);
                tracing::info!(wait_id = %id, "joined the waitlist");
                store::by_id(&state.db, id).await?.ok_or(AppError::Internal)
            }
            store::Joined::ChildBooked => Err(AppError::Service(BookingError::ChildAlreadyBooked(None))),
            store::Joined::AlreadyWaiting => Err(AppError::Service(BookingError::AlreadyWaiting)),
        }
    }

    pub fn offer_view(o: &store::OfferRow) -> Result<OfferView, AppError> {
        Ok(OfferView {
            centre: Bilingual::new(&o.centre_name_zh_tw, &o.centre_name_en),
            address: Bilingual::new(&o.centre_address_zh_tw, &o.centre_address_en),
            date: platform::ssr::db::stored_date(&o.day).map_err(unreadable)?,
            checkin_time: o.checkin_time.clone(),
            expires_at: o.expires_at,
        })
    }

    /// The day families are placed in line for: tomorrow, the first day a
    /// place could be offered.
    fn line_day(state: &AppState) -> chrono::NaiveDate {
        state.clock.today() + chrono::Duration::days(1)
    }

    /// The family's view of its entry: place in line and the estimate while
    /// waiting, the offer while one is open, the booking once booked.
    pub async fn view(state: &AppState, e: &EntryRow) -> Result<WaitView, AppError> {
        let now = state.clock.now();
        let offer = match e.status {
            WaitStatus::Waiting => store::open_offer(&state.db, e.id, now).await?,
            _ => None,
        };
        let (position, estimate_weeks) = if e.status == WaitStatus::Waiting && offer.is_none() {
            let holding: std::collections::BTreeSet<i64> = store::open_offers(&state.db)
                .await?
                .iter()
                .map(|o| o.entry_id.get())
                .collect();
            let waiting = store::active(&state.db)
                .await?
                .iter()
                .filter(|r| !holding.contains(&r.id.get()))
                .map(EntryRow::waiting)
                .collect::<Result<Vec<_>, _>>()
                .map_err(unreadable)?;
            let position = wl::position(&waiting, e.id.get(), line_day(state));
            const WEEKS: u32 = 8;
            let since = now - i64::from(WEEKS) * 7 * 86_400;
            let offered = store::offered_since(&state.db, e, since).await?;
            (position, position.and_then(|p| wl::estimated_weeks(p, offered, WEEKS)))
        } else {
            (None, None)
        };
        let wish = e.wish().map_err(unreadable)?;
        let (wish_centre, wish_districts) = wish_parts(state, &wish.place).await?;
        let booked_reference = match e.registration_id {
            Some(id) => crate::store::registrations::by_id(&state.db, id)
                .await?
                .map(|r| r.reference),
            None => None,
        };
        Ok(WaitView {
            reference: e.reference.clone(),
            masked_id: e.national_id_masked.clone(),
            status: e.status,
            wish_centre,
            wish_districts,
            wish_from: wish.from,
            joined_on: domain::platform::taipei::date_at(e.joined_at),
            position,
            estimate_weeks,
            offer: offer.as_ref().map(offer_view).transpose()?,
            booked_reference,
            home_district: platform::ssr::db::stored_opt(e.home_district.clone()).map_err(unreadable)?,
        })
    }

    pub async fn wish_parts(
        state: &AppState,
        place: &WishedPlace,
    ) -> Result<(Option<Bilingual>, Vec<domain::booking::District>), AppError> {
        Ok(match place {
            WishedPlace::Centre(c) => {
                let centre = crate::store::centres::get(&state.db, domain::ids::CentreId(*c)).await?;
                (centre.map(|c| c.name()), Vec::new())
            }
            WishedPlace::Districts(ds) => (None, ds.iter().copied().collect()),
        })
    }

    /// Accepts the entry's open offer: the held place becomes a registration
    /// through the booking's own path (the same checks, one transaction with
    /// its messages; the wait ends in it too).
    pub async fn accept(state: &AppState, e: &EntryRow) -> Result<RegistrationView, AppError> {
        use crate::notify;
        use crate::store::registrations as regs;
        let (today, now) = (state.clock.today(), state.clock.now());
        let threshold = crate::state::booking_state()?.config.no_show_threshold;
        let offer = store::open_offer(&state.db, e.id, now)
            .await?
            .ok_or(AppError::Service(BookingError::NoOpenOffer))?;
        let known_family = regs::family_knows(&state.db, &e.child_key, e.user_id).await?;
        let declared = e.triage_input().map_err(unreadable)?;
        let checked =
            crate::server_fns::flow::check_triage(&state.db, &e.child_key, known_family, declared, today).await?;
        let no_shows = regs::no_shows(&state.db, &e.child_key).await? as u32;
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
            needs_approval: domain::booking::registration::needs_approval(no_shows, threshold),
            user_id: e.user_id,
            home_district: platform::ssr::db::stored_opt(e.home_district.clone())
                .map_err(platform::ssr::db::unreadable)?,
            channels: e.channels,
            lang: if e.lang == "en" { "en" } else { "zh-Hant-TW" },
            case: None,
        };
        let site = state.config.public_base_url.clone();
        let checkin = chrono::NaiveTime::parse_from_str(&offer.checkin_time, "%H:%M").ok();
        let messages = |reference: &str, day: &str| {
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
            notify::to_family(
                &notify::Recipient::of_entry(e),
                notify::Notice::Submitted,
                &visit,
                &site,
            )
        };
        match regs::submit(&state.db, &new, today, now, messages).await? {
            regs::Submitted::Done { id, .. } => {
                metrics::counter!("booking_registrations_total").increment(1);
                metrics::counter!("waitlist_offers_accepted_total").increment(1);
                tracing::info!(registration_id = %id, "waitlist offer accepted");
                let row = regs::by_id(&state.db, id).await?.ok_or(AppError::Internal)?;
                crate::server_fns::convert::registration(&row, today)
            }
            regs::Submitted::HoldExpired => Err(AppError::Service(BookingError::NoOpenOffer)),
            regs::Submitted::ReservedForUnderThree => Err(AppError::Service(BookingError::ReservedForUnderThree)),
            regs::Submitted::Refused(r) => Err(crate::server_fns::flow::day_refusal(r)),
            regs::Submitted::ChildAlreadyBooked => Err(AppError::Service(BookingError::ChildAlreadyBooked(None))),
            regs::Submitted::CaseClosed => Err(AppError::Internal),
        }
    }

    /// The families waiting, in line order for a place tomorrow (for a
    /// centre: those whose wish covers it), with their open offers.
    pub async fn rows(
        state: &AppState,
        centre: Option<(domain::ids::CentreId, domain::booking::District)>,
    ) -> Result<Vec<WaitingRowView>, AppError> {
        let day = line_day(state);
        let listed = store::listed(&state.db, centre).await?;
        let offers = store::open_offers(&state.db).await?;
        let mut ranked = listed
            .iter()
            .map(|r| r.waiting().map(|w| (w.rank(day), w, r)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(unreadable)?;
        ranked.sort_by_key(|(rank, _, _)| *rank);
        let mut out = Vec::with_capacity(ranked.len());
        for (i, (_, w, r)) in ranked.into_iter().enumerate() {
            let (wish_centre, wish_districts) = wish_parts(state, &w.wish.place).await?;
            let offer = offers.iter().find(|o| o.entry_id == r.id);
            out.push(WaitingRowView {
                position: i + 1,
                reference: r.reference.clone(),
                masked_id: r.national_id_masked.clone(),
                under3: domain::booking::age::is_under_three_on(w.birth_date, day),
                first_assessment: w.first_assessment,
                wish_centre,
                wish_districts,
                wish_from: w.wish.from,
                joined_on: domain::platform::taipei::date_at(r.joined_at),
                offer: offer.map(offer_view).transpose()?,
                review: platform::ssr::db::stored_opt(r.review.clone()).map_err(unreadable)?,
                home_district: platform::ssr::db::stored_opt(r.home_district.clone()).map_err(unreadable)?,
            });
        }
        Ok(out)
    }
}

/// Joins the waitlist through the API (the triage answers in the form).
#[server]
pub async fn join_waitlist(form: WaitlistForm) -> Result<WaitView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let today = state.clock.today();
    let answers = super::flow::triage_input(
        &form.birth_date,
        [&form.due_date, &form.previous_date, &form.previous_reassess],
        &form.high_risk,
        &form.domains,
        today,
    )?;
    let contact = super::flow::Contact {
        child_name: &form.child_name,
        national_id: form.national_id.as_str(),
        filled_by: form.filled_by,
        phone: &form.phone,
        email: form.email.as_deref(),
        notes: &form.notes,
        channels: form.channels,
        home: form.home_district,
    };
    let entry = ssr::join(answers, contact, &form.wish).await?;
    ssr::view(&state, &entry).await
}

/// The waitlist form of the booking pages (the triage answers are the ones
/// the family just gave, kept on its device).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JoinStepForm {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub filled_by: FilledBy,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub channels: Option<Channels>,
    /// A centre's id, or empty for districts.
    #[serde(default)]
    pub wish_centre: String,
    #[serde(default)]
    pub wish_districts: Vec<domain::booking::District>,
    #[serde(default)]
    pub wish_from: String,
    /// A district's name, or empty.
    #[serde(default)]
    pub home_district: String,
}

/// Joins from the booking pages; then the entry is shown.
#[server]
pub async fn join_waitlist_step(form: JoinStepForm) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let answers = super::book::draft_answers(&state).ok_or(AppError::Service(BookingError::StartAgain))?;
    let wish = WishForm {
        wish_centre: match form.wish_centre.trim() {
            "" => None,
            c => Some(c.parse().map_err(|_| AppError::NotFound)?),
        },
        wish_districts: form.wish_districts.clone(),
        wish_from: form.wish_from.clone(),
    };
    let contact = super::flow::Contact {
        child_name: &form.child_name,
        national_id: form.national_id.as_str(),
        filled_by: form.filled_by,
        phone: &form.phone,
        email: form.email.as_deref(),
        notes: &form.notes,
        channels: form.channels,
        home: super::flow::home_from_form(&form.home_district)?,
    };
    let entry = ssr::join(answers, contact, &wish).await?;
    super::book::finish_draft(&state).await?;
    ssr::remember(&state, &entry);
    leptos_axum::redirect("/ei/waitlist");
    Ok(())
}

/// The entry with this reference and birth date (API).
#[server]
pub async fn waitlist_status(reference: String, birth_date: String) -> Result<WaitView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::by_reference(&state, &reference, &birth_date).await?;
    ssr::view(&state, &e).await
}

/// Accepts the place offered to the entry (API): the registration.
#[server]
pub async fn accept_offer(reference: String, birth_date: String) -> Result<RegistrationView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::by_reference(&state, &reference, &birth_date).await?;
    ssr::accept(&state, &e).await
}

/// Declines the place offered to the entry (API); the family keeps waiting.
#[server]
pub async fn decline_offer(reference: String, birth_date: String) -> Result<WaitView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::by_reference(&state, &reference, &birth_date).await?;
    if !crate::store::waitlist::decline(&state.db, e.id, state.clock.now()).await? {
        return Err(AppError::Service(BookingError::NoOpenOffer));
    }
    ssr::view(&state, &e).await
}

/// Leaves the waitlist (API).
#[server]
pub async fn leave_waitlist(reference: String, birth_date: String) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::by_reference(&state, &reference, &birth_date).await?;
    crate::store::waitlist::leave(&state.db, e.id, state.clock.now()).await?;
    Ok(())
}

/// Finds an entry for the page and keeps it on this device.
#[server]
pub async fn find_wait(reference: String, birth_date: String) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::by_reference(&state, &reference, &birth_date).await?;
    ssr::remember(&state, &e);
    leptos_axum::redirect("/ei/waitlist");
    Ok(())
}

/// The entry this device found, for the page.
#[server]
pub async fn found_wait() -> Result<Option<WaitView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    match ssr::found(&state).await? {
        Some(e) => Ok(Some(ssr::view(&state, &e).await?)),
        None => Ok(None),
    }
}

/// Accepts the found entry's offer; the confirmation page shows the booking.
#[server]
pub async fn accept_found_offer() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::found(&state)
        .await?
        .ok_or(AppError::Service(BookingError::InquiryNoMatch))?;
    let booked = ssr::accept(&state, &e).await?;
    super::book::show_booked(&state, booked.id);
    leptos_axum::redirect("/ei/book/done");
    Ok(())
}

/// Declines the found entry's offer.
#[server]
pub async fn decline_found_offer() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::found(&state)
        .await?
        .ok_or(AppError::Service(BookingError::InquiryNoMatch))?;
    if !crate::store::waitlist::decline(&state.db, e.id, state.clock.now()).await? {
        return Err(AppError::Service(BookingError::NoOpenOffer));
    }
    leptos_axum::redirect("/ei/waitlist?done=declined");
    Ok(())
}

/// The found entry leaves the waitlist.
#[server]
pub async fn leave_found_wait() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    let e = ssr::found(&state)
        .await?
        .ok_or(AppError::Service(BookingError::InquiryNoMatch))?;
    crate::store::waitlist::leave(&state.db, e.id, state.clock.now()).await?;
    leptos_axum::redirect("/ei/waitlist?done=left");
    Ok(())
}

/// Forgets the found entry on this device.
#[server]
pub async fn forget_found_wait() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    ssr::forget(&state);
    leptos_axum::redirect("/ei/waitlist");
    Ok(())
}

/// Whether this device has triage answers to join with (from the booking's check).
#[server]
pub async fn may_join() -> Result<bool, AppError> {
    let state = platform::ssr::state::app_state()?;
    Ok(super::book::draft_answers(&state).is_some())
}

/// The families waiting for the staff member's centre (the read is audited).
#[server]
pub async fn centre_waitlist() -> Result<Vec<WaitingRowView>, AppError> {
    let (state, me, centre) = super::staff::centre_staff().await?;
    let c = crate::store::centres::get(&state.db, centre)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = ssr::rows(&state, Some((centre, c.district))).await?;
    let entry = platform::ssr::audit::AuditEntry {
        actor_user_id: me,
        action: "waitlist_read",
        registration_id: None,
        centre_id: Some(centre),
        case_id: None,
        detail: "",
    };
    platform::ssr::audit::record(&state.db.pool, entry, state.clock.now()).await?;
    Ok(rows)
}

/// Every family waiting, for the city (the read is audited).
#[server]
pub async fn city_waitlist() -> Result<Vec<WaitingRowView>, AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageCentres).await?;
    let state = app_state()?;
    let rows = ssr::rows(&state, None).await?;
    let entry = platform::ssr::audit::AuditEntry {
        actor_user_id: me.id,
        action: "waitlist_read",
        registration_id: None,
        centre_id: None,
        case_id: None,
        detail: "",
    };
    platform::ssr::audit::record(&state.db.pool, entry, state.clock.now()).await?;
    Ok(rows)
}
