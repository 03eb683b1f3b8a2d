//! The waitlist pages: for families, finding their entry (place in line,
//! the estimate, an offer to accept or decline, leaving) and joining from
//! the booking's calendar; for staff and the city, the families waiting.
//! Plain form posts that redirect, as for bookings.

use super::book::ContactFields;
use crate::error::AppError;
use crate::server_fns::public::list_centres;
use crate::server_fns::waitlist::{
    AcceptFoundOffer, DeclineFoundOffer, FindWait, ForgetFoundWait, JoinWaitlistStep, LeaveFoundWait, centre_waitlist,
    city_waitlist, found_wait, may_join,
};
use crate::types::{ContactTyped, OfferView, WaitView, WaitingRowView};
use domain::Named;
use domain::booking::District;
use domain::booking::contact::{Channels, FilledBy};
use domain::booking::waitlist::WaitStatus;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error, typed_back};
use platform::format::{self, Localized};
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

/// The order freed places are offered in, as the domain's rule says it.
#[component]
fn OrderRule() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="order-heading">
            <h2 id="order-heading">{t!(i18n, waitlist.order_heading)}</h2>
            <ol>
                <li>{t!(i18n, waitlist.order_under3)}</li>
                <li>{t!(i18n, waitlist.order_first)}</li>
                <li>{t!(i18n, waitlist.order_fcfs)}</li>
            </ol>
            <p class="small">{t!(i18n, waitlist.order_note)}</p>
        </section>
    }
}

/// "Centre X", or "any centre in: A, B".
fn wish_text(l: Locale, centre: &Option<domain::Bilingual>, districts: &[District]) -> String {
    match centre {
        Some(c) => c.tr(l).to_string(),
        None => {
            let sep = if l == Locale::en { ", " } else { "、" };
            let names = districts
                .iter()
                .map(|d| format::place(l, *d))
                .collect::<Vec<_>>()
                .join(sep);
            td_string!(l, waitlist.any_centre_in, districts = names).to_string()
        }
    }
}

fn offer_text(l: Locale, o: &OfferView) -> String {
    let date = format!("{} {}", format::date(l, o.date), o.checkin_time);
    let until = format::instant(o.expires_at);
    td_string!(
        l,
        waitlist.offer_open,
        date = date,
        centre = o.centre.tr(l),
        until = until
    )
    .to_string()
}

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

/// `/ei/waitlist/join`: the wish and the contact; the triage answers are
/// the ones the booking's check kept on this device.
#[component]
pub fn WaitlistJoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let page = Resource::new(
        || (),
        |_| async move {
            let may = may_join().await?;
            let centres = if may { list_centres().await? } else { Vec::new() };
            Ok::<_, AppError>((may, centres, crate::server_fns::public::today().await?))
        },
    );
    let error = posted_error::<JoinWaitlistStep>();
    view! {
        <Title text=td_string!(l, waitlist.join_title).to_string()/>
        <h1>{t!(i18n, waitlist.join_title)}</h1>
        <Loaded data=page let:data>
            {
                let (may, centres, today) = data;
                if !may {
                    return view! {
                        <p>{t!(i18n, waitlist.no_answers)}</p>
                        <p><a class="button" href="/ei/book">{t!(i18n, waitlist.join_start)}</a></p>
                    }.into_any();
                }
                let error = Signal::stored(error.clone());
                let typed = typed_back::<JoinWaitlistStep>();
                let contact = ContactTyped {
                    child_name: typed.get("form[child_name]"),
                    national_id: typed.get("form[national_id]").into(),
                    filled_by: FilledBy::parse(&typed.get("form[filled_by]")),
                    phone: typed.get("form[phone]"),
                    email: typed.get("form[email]"),
                    notes: typed.get("form[notes]"),
                    channels: Channels::parse(&typed.get("form[channels]")),
                    home_district: domain::booking::District::parse(&typed.get("form[home_district]")),
                };
                let channels = contact.channels.unwrap_or(Channels::Sms);
                let email = contact.email.clone();
                let chosen = typed.get("form[wish_centre]");
                let tomorrow = (today + chrono::Duration::days(1)).to_string();
                view! {
                    <p>{t!(i18n, waitlist.join_intro)}</p>
                    <form method="post" action=JoinWaitlistStep::PATH class="form">
                        <ErrorText error/>
                        <fieldset>
                            <legend>{t!(i18n, waitlist.wish_legend)}</legend>
                            <label for="w-centre">{t!(i18n, waitlist.wish_centre)}</label>
                            <select id="w-centre" name="form[wish_centre]"
                                aria-invalid=move || platform::error::field_invalid(error, "wish_centre")>
                                <option value="" selected=chosen.is_empty()>{t!(i18n, waitlist.wish_any)}</option>
                                {centres.into_iter().map(|c| {
                                    let id = c.id.to_string();
                                    let selected = id == chosen;
                                    view! { <option value=id selected=selected>{c.name.tr(l).to_string()} " (" {format::place(l, c.district)} ")"</option> }
                                }).collect_view()}
                            </select>
                            <fieldset>
                                <legend>{t!(i18n, waitlist.wish_districts)}</legend>
                                <div class="choices">
                                    {District::all().map(|d| view! {
                                        <label class="choice">
                                            <input type="checkbox" name="form[wish_districts][]" value=d.as_str()
                                                checked=typed.has("form[wish_districts][]", d.as_str())/>
                                            {format::place(l, d)}
                                        </label>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <platform::error::FieldError error field="wish_centre" id="w-centre-error"/>
                            <label for="w-from">{t!(i18n, waitlist.wish_from)}</label>
                            <input id="w-from" name="form[wish_from]" type="date" min=tomorrow.clone()
                                value=typed.or("form[wish_from]", tomorrow)/>
                        </fieldset>
                        <fieldset>
                            <legend>{t!(i18n, waitlist.contact_legend)}</legend>
                            <ContactFields typed=contact email channels error wrap=true/>
                        </fieldset>
                        <button type="submit" class="button">{t!(i18n, waitlist.submit)}</button>
                    </form>
                }.into_any()
            }
        </Loaded>
        <OrderRule/>
    }
}

/// The table of families waiting, for staff and the city.
#[component]
fn WaitingTable(rows: Vec<WaitingRowView>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    if rows.is_empty() {
        return view! { <p>{t!(i18n, waitlist.empty)}</p> }.into_any();
    }
    let any_flagged = rows.iter().any(|r| r.review.is_some());
    view! {
        <TableRegion>
            <table class="waitlist">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, waitlist.col_position)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_reference)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_child)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_group)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_wish)}</th>
                        <th scope="col">{t!(i18n, waitlist.home)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_from)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_joined)}</th>
                        <th scope="col">{t!(i18n, waitlist.col_offer)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let group = format!(
                            "{} · {}",
                            if r.under3 { td_string!(l, waitlist.under3) } else { td_string!(l, waitlist.over3) },
                            if r.first_assessment { td_string!(l, waitlist.first) } else { td_string!(l, waitlist.repeat) },
                        );
                        let offer = match &r.offer {
                            Some(o) => offer_text(l, o),
                            None => td_string!(l, waitlist.no_offer).to_string(),
                        };
                        view! {
                            <tr>
                                <td>{r.position}</td>
                                <td>{r.reference.clone()}</td>
                                <td>
                                    {r.masked_id.clone()}
                                    {r.review.map(|_| view! {
                                        <br/><span class="badge">{td_string!(l, waitlist.review_badge)}</span>
                                    })}
                                </td>
                                <td>{group}</td>
                                <td>{wish_text(l, &r.wish_centre, &r.wish_districts)}</td>
                                <td>{crate::labels::home_district_label(l, r.home_district)}</td>
                                <td>{format::date(l, r.wish_from)}</td>
                                <td>{format::date(l, r.joined_on)}</td>
                                <td>{offer}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
        {any_flagged.then(|| view! {
            <p class="small"><span class="badge">{t!(i18n, waitlist.review_badge)}</span> " " {t!(i18n, waitlist.review_note)}</p>
        })}
    }
    .into_any()
}

/// `/staff/waitlist`: the families waiting for this centre.
#[component]
pub fn StaffWaitlistPage() -> impl IntoView {
    let i18n = use_i18n();
    let rows = Resource::new(|| (), |_| centre_waitlist());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), waitlist.staff_title).to_string()/>
        <h1>{t!(i18n, waitlist.staff_title)}</h1>
        <p>{t!(i18n, waitlist.staff_intro)}</p>
        <Loaded data=rows let:rows>
            <WaitingTable rows/>
        </Loaded>
        <OrderRule/>
    }
}

/// `/city/waitlist`: every family waiting.
#[component]
pub fn CityWaitlistPage() -> impl IntoView {
    let i18n = use_i18n();
    let rows = Resource::new(|| (), |_| city_waitlist());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), waitlist.city_title).to_string()/>
        <h1>{t!(i18n, waitlist.city_title)}</h1>
        <p>{t!(i18n, waitlist.city_intro)}</p>
        <Loaded data=rows let:rows>
            <WaitingTable rows/>
        </Loaded>
        <OrderRule/>
    }
}
