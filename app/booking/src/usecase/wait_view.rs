//! A waitlist entry as its family sees it: its place in line and the
//! estimate while waiting, the offer while one is open, the booking once
//! booked.

use crate::error::AppError;
use crate::store::waitlist::{self as store, EntryRow, OfferRow};
use crate::types::{OfferView, WaitView};
use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::District;
use domain::booking::waitlist::{self as wl, WaitStatus, WishedPlace};
use domain::ids::CentreId;
use domain::platform::taipei::date_at;
use platform::ssr::Context;
use platform::ssr::db::{stored_date, stored_opt, unreadable};
use std::collections::BTreeSet;

/// The weeks of offers the estimate of a family's wait looks back on.
const ESTIMATE_WEEKS: u32 = 8;

pub async fn wait_view(cx: &Context, e: &EntryRow) -> Result<WaitView, AppError> {
    let now = cx.clock.now();
    let offer = match e.status {
        WaitStatus::Waiting => store::open_offer(&cx.db, e.id, now).await?,
        _ => None,
    };
    let (position, estimate_weeks) = if e.status == WaitStatus::Waiting && offer.is_none() {
        let holding: BTreeSet<i64> = store::open_offers(&cx.db)
            .await?
            .iter()
            .map(|o| o.entry_id.get())
            .collect();
        let waiting = store::active(&cx.db)
            .await?
            .iter()
            .filter(|r| !holding.contains(&r.id.get()))
            .map(EntryRow::waiting)
            .collect::<Result<Vec<_>, _>>()
            .map_err(unreadable)?;
        let position = wl::position(&waiting, e.id.get(), line_day(cx));
        let since = now - i64::from(ESTIMATE_WEEKS) * 7 * 86_400;
        let offered = store::offered_since(&cx.db, e, since).await?;
        (
            position,
            position.and_then(|p| wl::estimated_weeks(p, offered, ESTIMATE_WEEKS)),
        )
    } else {
        (None, None)
    };
    let wish = e.wish().map_err(unreadable)?;
    let (wish_centre, wish_districts) = wish_parts(cx, &wish.place).await?;
    let booked_reference = match e.registration_id {
        Some(id) => crate::store::registrations::by_id(&cx.db, id)
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
        joined_on: date_at(e.joined_at),
        position,
        estimate_weeks,
        offer: offer.as_ref().map(offer_view).transpose()?,
        booked_reference,
        home_district: stored_opt(e.home_district.clone()).map_err(unreadable)?,
    })
}

/// An open offer as the family and the staff see it.
pub fn offer_view(o: &OfferRow) -> Result<OfferView, AppError> {
    Ok(OfferView {
        centre: Bilingual::new(&o.centre_name_zh_tw, &o.centre_name_en),
        address: Bilingual::new(&o.centre_address_zh_tw, &o.centre_address_en),
        date: stored_date(&o.day).map_err(unreadable)?,
        checkin_time: o.checkin_time.clone(),
        expires_at: o.expires_at,
    })
}

/// The day families are placed in line for: tomorrow, the first day a
/// place could be offered.
pub fn line_day(cx: &Context) -> NaiveDate {
    cx.clock.today() + chrono::Duration::days(1)
}

/// The wished centre's name, or the wished districts.
pub async fn wish_parts(cx: &Context, place: &WishedPlace) -> Result<(Option<Bilingual>, Vec<District>), AppError> {
    Ok(match place {
        WishedPlace::Centre(c) => {
            let centre = crate::store::centres::get(&cx.db, CentreId(*c)).await?;
            (centre.map(|c| c.name()), Vec::new())
        }
        WishedPlace::Districts(ds) => (None, ds.iter().copied().collect()),
    })
}
