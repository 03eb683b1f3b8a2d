//! The families waiting, in line order for a place tomorrow, with their
//! open offers: for a centre's staff those whose wish covers the centre,
//! for the city every family. Each read is audited.

use super::wait_view::{line_day, offer_view, wish_parts};
use crate::error::AppError;
use crate::store::waitlist as store;
use crate::types::WaitingRowView;
use domain::booking::District;
use domain::ids::{CentreId, UserId};
use domain::platform::taipei::date_at;
use platform::ssr::actor::{CentreStaff, CityAdmin};
use platform::ssr::db::{stored_opt, unreadable};
use platform::ssr::{Context, audit};

pub async fn centre_waitlist(cx: &Context, me: &CentreStaff) -> Result<Vec<WaitingRowView>, AppError> {
    let c = crate::store::centres::get(&cx.db, me.centre)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = rows(cx, Some((me.centre, c.district))).await?;
    audit_read(cx, me.user, Some(me.centre)).await?;
    Ok(rows)
}

pub async fn city_waitlist(cx: &Context, me: &CityAdmin) -> Result<Vec<WaitingRowView>, AppError> {
    let rows = rows(cx, None).await?;
    audit_read(cx, me.user, None).await?;
    Ok(rows)
}

async fn audit_read(cx: &Context, user: UserId, centre: Option<CentreId>) -> Result<(), AppError> {
    let entry = audit::AuditEntry {
        actor_user_id: user,
        action: "waitlist_read",
        registration_id: None,
        centre_id: centre,
        case_id: None,
        detail: "",
    };
    Ok(audit::record(&cx.db.pool, entry, cx.clock.now()).await?)
}

async fn rows(cx: &Context, centre: Option<(CentreId, District)>) -> Result<Vec<WaitingRowView>, AppError> {
    let day = line_day(cx);
    let listed = store::listed(&cx.db, centre).await?;
    let offers = store::open_offers(&cx.db).await?;
    let mut ranked = listed
        .iter()
        .map(|r| r.waiting().map(|w| (w.rank(day), w, r)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(unreadable)?;
    ranked.sort_by_key(|(rank, _, _)| *rank);
    let mut out = Vec::with_capacity(ranked.len());
    for (i, (_, w, r)) in ranked.into_iter().enumerate() {
        let (wish_centre, wish_districts) = wish_parts(cx, &w.wish.place).await?;
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
            joined_on: date_at(r.joined_at),
            offer: offer.map(offer_view).transpose()?,
            review: stored_opt(r.review.clone()).map_err(unreadable)?,
            home_district: stored_opt(r.home_district.clone()).map_err(unreadable)?,
        });
    }
    Ok(out)
}
