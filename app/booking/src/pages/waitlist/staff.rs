//! The waitlists of a centre's staff and of the city.

use super::words::*;
use crate::server_fns::waitlist::{centre_waitlist, city_waitlist};
use crate::types::WaitingRowView;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format::{self};
use platform::layout::{Loaded, TableRegion};

/// The table of families waiting, for staff and the city.
#[component]
pub(crate) fn WaitingTable(rows: Vec<WaitingRowView>) -> impl IntoView {
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
