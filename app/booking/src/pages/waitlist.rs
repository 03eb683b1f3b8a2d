//! The waitlist pages: for families, finding their entry (place in line,
//! the estimate, an offer to accept or decline, leaving) and joining from
//! the booking's calendar; for staff and the city, the families waiting.
//! Plain form posts that redirect, as for bookings.

use crate::error::AppError;
use crate::server_fns::waitlist::{
    AcceptFoundOffer, DeclineFoundOffer, FindWait, ForgetFoundWait, LeaveFoundWait, found_wait, may_join,
};
use crate::types::WaitView;
use domain::booking::waitlist::WaitStatus;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format::{self, Localized};
use platform::layout::Loaded;
use server_fn::ServerFn;
mod staff;
pub use staff::*;
mod join;
pub use join::*;
mod words;
use words::*;

/// A family's entry: the facts, then what it can do now.
#[component]
fn WaitCard(view: WaitView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let waiting = view.status == WaitStatus::Waiting;
    let wish = wish_text(l, &view.wish_centre, &view.wish_districts);
    view! {
        <section class="card" aria-labelledby="wait-card-heading">
            <h2 id="wait-card-heading">{t!(i18n, waitlist.status_heading)}</h2>
            <dl class="facts">
                <dt>{t!(i18n, waitlist.reference)}</dt><dd><strong>{view.reference.clone()}</strong></dd>
                <dt>{t!(i18n, waitlist.masked_id)}</dt><dd>{view.masked_id.clone()}</dd>
                <dt>{t!(i18n, waitlist.status)}</dt><dd>{crate::labels::wait_status_label(l, view.status)}</dd>
                <dt>{t!(i18n, waitlist.wish)}</dt><dd>{wish}</dd>
                <dt>{t!(i18n, waitlist.home)}</dt><dd>{crate::labels::home_district_label(l, view.home_district)}</dd>
                <dt>{t!(i18n, waitlist.from)}</dt><dd>{format::date(l, view.wish_from)}</dd>
                <dt>{t!(i18n, waitlist.joined)}</dt><dd>{format::date(l, view.joined_on)}</dd>
            </dl>
            {view.position.map(|n| view! {
                <p class="lead">{td_string!(l, waitlist.position, n = n).to_string()}</p>
                <p>{match view.estimate_weeks {
                    Some(weeks) => td_string!(l, waitlist.estimate, weeks = weeks).to_string(),
                    None => td_string!(l, waitlist.estimate_none).to_string(),
                }}</p>
            })}
            {view.booked_reference.clone().map(|reference| view! {
                <p class="success">{td_string!(l, waitlist.booked, reference = reference).to_string()}
                    " " <a href="/ei/inquiry">{t!(i18n, common.nav_inquiry)}</a></p>
            })}
        </section>
        {view.offer.clone().map(|o| view! {
            <section class="panel offer" aria-labelledby="offer-heading">
                <h2 id="offer-heading">{t!(i18n, waitlist.offer_heading)}</h2>
                <p><strong>{format::date(l, o.date)} " " {o.checkin_time.clone()}</strong> " · " {o.centre.tr(l).to_string()}</p>
                <p class="small">{o.address.tr(l).to_string()}</p>
                <p>{td_string!(l, waitlist.offer_until, time = format::instant(o.expires_at)).to_string()}</p>
                <div class="actions">
                    <form method="post" action=AcceptFoundOffer::PATH class="inline-form">
                        <button type="submit" class="button">{t!(i18n, waitlist.accept)}</button>
                    </form>
                    <form method="post" action=DeclineFoundOffer::PATH class="inline-form">
                        <button type="submit" class="button secondary">{t!(i18n, waitlist.decline)}</button>
                    </form>
                </div>
            </section>
        })}
        {waiting.then(|| view! {
            <form method="post" action=LeaveFoundWait::PATH class="inline-form">
                <button type="submit" class="button secondary">{t!(i18n, waitlist.leave)}</button>
            </form>
        })}
        <form method="post" action=ForgetFoundWait::PATH class="inline-form">
            <button type="submit" class="link-button">{t!(i18n, waitlist.another)}</button>
        </form>
    }
}

/// `/ei/waitlist`: the family's entry, or the form to find it.
#[component]
pub fn WaitlistPage() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let page = Resource::new(
        || (),
        |_| async move { Ok::<_, AppError>((found_wait().await?, may_join().await?)) },
    );
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("declined") => Some(td_string!(l, waitlist.done_declined)),
        Some("left") => Some(td_string!(l, waitlist.done_left)),
        _ => None,
    };
    let error = posted_error::<FindWait>()
        .or_else(posted_error::<AcceptFoundOffer>)
        .or_else(posted_error::<DeclineFoundOffer>)
        .or_else(posted_error::<LeaveFoundWait>);
    view! {
        <Title text=td_string!(l, waitlist.title).to_string()/>
        <h1>{t!(i18n, waitlist.heading)}</h1>
        {notice.map(|n| view! { <p class="success" role="status">{n}</p> })}
        <ErrorText error=Signal::stored(error)/>
        <Loaded data=page let:data>
            {
                let (found, may_join) = data;
                match found {
                    Some(v) => view! { <WaitCard view=v/> }.into_any(),
                    None => view! {
                        <p>{t!(i18n, waitlist.intro)}</p>
                        <h2>{t!(i18n, waitlist.lookup_heading)}</h2>
                        <p>{t!(i18n, waitlist.lookup_intro)}</p>
                        <form method="post" action=FindWait::PATH class="form narrow">
                            <label for="w-ref">{t!(i18n, waitlist.reference)}</label>
                            <input id="w-ref" name="reference" type="text" required autocomplete="off" spellcheck="false" placeholder="WL-XXXXXXXX"/>
                            <label for="w-birth">{t!(i18n, booking.birth_date)}</label>
                            <input id="w-birth" name="birth_date" type="date" required/>
                            <button type="submit" class="button">{t!(i18n, waitlist.lookup_button)}</button>
                        </form>
                        <h2>{t!(i18n, waitlist.join_heading)}</h2>
                        {if may_join {
                            view! { <p><a class="button secondary" href="/ei/waitlist/join">{t!(i18n, waitlist.join_link)}</a></p> }.into_any()
                        } else {
                            view! {
                                <p>{t!(i18n, waitlist.join_hint)}</p>
                                <p><a class="button secondary" href="/ei/book">{t!(i18n, waitlist.join_start)}</a></p>
                            }.into_any()
                        }}
                    }.into_any(),
                }
            }
        </Loaded>
        <OrderRule/>
    }
}
