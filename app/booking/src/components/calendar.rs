//! The booking calendar across all centres, made on the server: a month grid
//! on wide screens and a list by date on phones (both in the page; CSS shows
//! one). Months, filters and days are links and a GET form, so the calendar
//! works without JavaScript; choosing a centre on a day is a form post.

mod month;
mod query;

use crate::server_fns::public::{availability, list_centres};
use crate::types::DayView;
use chrono::{Datelike, Duration, NaiveDate};
use domain::booking::triage::BookingWindow;
use i18n::*;
use leptos::prelude::*;
use month::{MonthView, month_view};
use platform::format::{self, Localized};
pub use query::Choose;
use query::Query;

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    domain::booking::age::add_months(first_of_month(d), 1)
}

fn prev_month(d: NaiveDate) -> NaiveDate {
    domain::booking::age::add_months(first_of_month(d), -1)
}

fn last_of_month(d: NaiveDate) -> NaiveDate {
    next_month(d) - Duration::days(1)
}

#[component]
pub fn Calendar(
    today: NaiveDate,
    /// Days outside it cannot be chosen.
    window: Option<BookingWindow>,
    /// The child's birth date: the places shown are those the child may take.
    birth: Option<NaiveDate>,
    /// The page the calendar is on (its links keep the calendar's state).
    base: &'static str,
    /// Query parameters of the page to keep in the calendar's links.
    #[prop(optional)]
    keep: Vec<(&'static str, String)>,
    /// What choosing a centre on a day does.
    choose: Choose,
    /// A clinic day not to offer (the one being rescheduled from).
    #[prop(optional)]
    exclude: Option<domain::ids::ClinicDayId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = Query::read();
    let earliest = window.map(|w| w.earliest).unwrap_or(today + Duration::days(1));
    let latest = window.map(|w| w.latest);
    let month = query
        .month
        .filter(|m| *m >= first_of_month(earliest) && latest.is_none_or(|l| *m <= l))
        .unwrap_or(first_of_month(earliest));
    let choosable = move |date: NaiveDate| date >= earliest && latest.is_none_or(|l| date <= l);
    let centres = Resource::new(|| (), |_| list_centres());
    let (c, d) = (query.centre, query.district);
    let days = Resource::new(
        move || (),
        move |_| {
            let d = d.map(|d| d.as_str().to_string());
            async move { availability(month.to_string(), last_of_month(month).to_string(), c, d).await }
        },
    );
    let l = i18n.get_locale_untracked();
    let prev = prev_month(month);
    let next = next_month(month);
    let has_prev = prev >= first_of_month(earliest);
    let has_next = latest.is_none_or(|la| next <= la);
    view! {
        <div class="calendar" id="calendar">
            <form class="calendar-controls" method="get" action=base>
                {keep.iter().map(|(k, v)| view! { <input type="hidden" name=*k value=v.clone()/> }).collect_view()}
                <input type="hidden" name="month" value=month.format("%Y-%m").to_string()/>
                <div>
                    <label for="cal-district">{t!(i18n, booking.filter_district)}</label>
                    <select id="cal-district" name="district" class="field">
                        <option value="">{t!(i18n, booking.all_districts)}</option>
                        {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| {
                            view! { <option value=d.as_str() selected=query.district == Some(d)>{crate::labels::district_name(l, d)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let list = centres.await.unwrap_or_default();
                        view! {
                            <div>
                                <label for="cal-centre">{t!(i18n, booking.filter_centre)}</label>
                                <select id="cal-centre" name="centre" class="field">
                                    <option value="">{t!(i18n, booking.all_centres)}</option>
                                    {list.into_iter().map(|c| view! {
                                        <option value=c.id.to_string() selected=query.centre == Some(c.id)>
                                            {c.name.tr(l)}
                                        </option>
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    })}
                </Suspense>
                <div><button type="submit" class="button secondary">{t!(i18n, booking.show_days)}</button></div>
            </form>
            <div class="month-nav">
                {if has_prev {
                    view! { <a class="button secondary" href=query.href(base, prev, None, &keep)>{t!(i18n, booking.prev_month)}</a> }.into_any()
                } else {
                    view! { <span class="button secondary" aria-disabled="true">{t!(i18n, booking.prev_month)}</span> }.into_any()
                }}
                <h2>{format::month(l, month.year(), month.month())}</h2>
                {if has_next {
                    view! { <a class="button secondary" href=query.href(base, next, None, &keep)>{t!(i18n, booking.next_month)}</a> }.into_any()
                } else {
                    view! { <span class="button secondary" aria-disabled="true">{t!(i18n, booking.next_month)}</span> }.into_any()
                }}
            </div>
            <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
                {
                    let (query, keep, choose) = (query.clone(), keep.clone(), choose.clone());
                    move || {
                        let (query, keep, choose) = (query.clone(), keep.clone(), choose.clone());
                        Suspend::new(async move {
                            let all: Vec<DayView> = days.await.unwrap_or_default().into_iter()
                                .filter(|d| Some(d.id) != exclude).collect();
                            month_view(MonthView { l, month, birth, all, query, keep, base, choose, choosable: &choosable })
                        })
                    }
                }
            </Suspense>
        </div>
    }
}
