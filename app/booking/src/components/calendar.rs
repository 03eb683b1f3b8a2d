//! The booking calendar across all centres: a month grid on wide screens and a
//! list by date on phones (both rendered; CSS shows one). Days are buttons, so
//! Tab and Enter work everywhere; arrow keys move between days in the grid.

use super::district_label;
use crate::server_fns::city::DISTRICTS;
use crate::server_fns::public::{availability, list_centres};
use crate::types::DayView;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use domain::booking::age::is_under_three_on;
use domain::booking::triage::BookingWindow;
use i18n::*;
use leptos::prelude::*;
use platform::format;

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

/// Places the child can use that day across the given clinic days.
fn places_for_child(days: &[DayView], birth: Option<NaiveDate>, date: NaiveDate) -> u32 {
    let under3 = birth.is_some_and(|b| is_under_three_on(b, date));
    days.iter().map(|d| d.places_for(under3)).sum()
}

/// Moves focus to the previous or next day button of the grid.
#[cfg(feature = "hydrate")]
fn move_focus(ev: &leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let step: i32 = match ev.key().as_str() {
        "ArrowRight" => 1,
        "ArrowLeft" => -1,
        "ArrowDown" => 7,
        "ArrowUp" => -7,
        _ => return,
    };
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Some(index) = target.get_attribute("data-index").and_then(|i| i.parse::<i32>().ok()) else {
        return;
    };
    let doc = document();
    let mut i = index + step;
    while (0..42).contains(&i) {
        if let Ok(Some(el)) = doc.query_selector(&format!(".cal-grid [data-index=\"{i}\"]:not([disabled])")) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
                ev.prevent_default();
            }
            return;
        }
        i += step.signum();
    }
}

#[cfg(not(feature = "hydrate"))]
fn move_focus(_ev: &leptos::ev::KeyboardEvent) {}

#[component]
pub fn Calendar(
    today: NaiveDate,
    /// Days outside it cannot be chosen.
    window: Option<BookingWindow>,
    /// The child's birth date: the places shown are those the child may take.
    birth: Option<NaiveDate>,
    /// Called with the chosen clinic day (a centre on a date).
    on_choose: Callback<DayView>,
    /// A clinic day not to offer (the one being rescheduled from).
    #[prop(optional)]
    exclude: Option<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let earliest = window.map(|w| w.earliest).unwrap_or(today + Duration::days(1));
    let latest = window.map(|w| w.latest);
    let month = RwSignal::new(first_of_month(earliest));
    let district = RwSignal::new(String::new());
    let centre = RwSignal::new(None::<i64>);
    let selected = RwSignal::new(None::<NaiveDate>);
    let centres = Resource::new(|| (), |_| list_centres());
    let days = Resource::new(
        move || (month.get(), centre.get(), district.get()),
        |(m, c, d)| availability(m.to_string(), last_of_month(m).to_string(), c, Some(d)),
    );
    let choosable = move |date: NaiveDate| date >= earliest && latest.is_none_or(|l| date <= l);
    let detail_heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if selected.get().is_some()
            && let Some(h) = detail_heading.get()
        {
            let _ = h.focus();
        }
    });

    view! {
        <div class="calendar">
            <div class="calendar-controls">
                <div>
                    <label for="cal-district">{t!(i18n, booking.filter_district)}</label>
                    <select id="cal-district" class="field" on:change=move |ev| {
                        district.set(event_target_value(&ev));
                        selected.set(None);
                    }>
                        <option value="">{t!(i18n, booking.all_districts)}</option>
                        {DISTRICTS.iter().map(|(en, _)| {
                            let en = *en;
                            view! { <option value=en>{move || district_label(i18n.get_locale(), en)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let list = centres.await.unwrap_or_default();
                        view! {
                            <div>
                                <label for="cal-centre">{t!(i18n, booking.filter_centre)}</label>
                                <select id="cal-centre" class="field" on:change=move |ev| {
                                    centre.set(event_target_value(&ev).parse::<i64>().ok());
                                    selected.set(None);
                                }>
                                    <option value="">{t!(i18n, booking.all_centres)}</option>
                                    {list.into_iter().map(|c| view! {
                                        <option value=c.id.to_string()>
                                            {move || format::pick(i18n.get_locale(), &c.name_zh_tw, &c.name_en).to_string()}
                                        </option>
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    })}
                </Suspense>
            </div>
            <div class="month-nav">
                <button type="button" class="button secondary"
                    disabled=move || prev_month(month.get()) < first_of_month(earliest)
                    on:click=move |_| { month.update(|m| *m = prev_month(*m)); selected.set(None); }>
                    {t!(i18n, booking.prev_month)}
                </button>
                <h2 aria-live="polite">{move || format::month(i18n.get_locale(), month.get().year(), month.get().month())}</h2>
                <button type="button" class="button secondary"
                    disabled=move || latest.is_some_and(|l| next_month(month.get()) > l)
                    on:click=move |_| { month.update(|m| *m = next_month(*m)); selected.set(None); }>
                    {t!(i18n, booking.next_month)}
                </button>
            </div>
            <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
                {move || Suspend::new(async move {
                    let all: std::sync::Arc<Vec<DayView>> = std::sync::Arc::new(days.await.unwrap_or_default()
                        .into_iter().filter(|d| Some(d.id) != exclude).collect());
                    let m = month.get_untracked();
                    let dates: Vec<NaiveDate> = m.iter_days().take_while(|d| d.month() == m.month()).collect();
                    let on = move |date: NaiveDate| -> Vec<DayView> {
                        all.iter().filter(|d| d.date == date.to_string()).cloned().collect()
                    };
                    let on_detail = on.clone();
                    let cell = move |date: NaiveDate, index: usize, ds: Vec<DayView>| {
                        let general: u32 = ds.iter().filter(|d| d.open).map(|d| d.general_left).sum();
                        let reserved: u32 = ds.iter().filter(|d| d.open).map(|d| d.reserved_left).sum();
                        let for_child = places_for_child(&ds, birth, date);
                        let enabled = !ds.is_empty() && choosable(date);
                        let label = move || {
                            let l = i18n.get_locale();
                            format!("{}: {}, {}, {}",
                                format::date(l, date),
                                td_string!(l, booking.places_general, n = general),
                                td_string!(l, booking.places_under3, n = reserved),
                                td_string!(l, booking.places_for_child, n = for_child))
                        };
                        view! {
                            <button type="button"
                                class={if for_child > 0 && enabled { "day-button has-places" } else { "day-button" }}
                                data-index=index.to_string()
                                disabled=!enabled
                                aria-pressed=move || if selected.get() == Some(date) { "true" } else { "false" }
                                aria-label=label
                                on:click=move |_| selected.set(Some(date))
                                on:keydown=move |ev| move_focus(&ev)>
                                <span class="day-number" aria-hidden="true">{date.day()}</span>
                                {(!ds.is_empty()).then(|| view! {
                                    <span class="places" aria-hidden="true">
                                        {move || td_string!(i18n.get_locale(), booking.places_general, n = general).to_string()}
                                    </span>
                                    <span class="places" aria-hidden="true">
                                        {move || td_string!(i18n.get_locale(), booking.places_under3, n = reserved).to_string()}
                                    </span>
                                })}
                            </button>
                        }
                    };
                    let offset = m.weekday().num_days_from_monday() as usize;
                    let weeks = (offset + dates.len()).div_ceil(7);
                    let dates_for_list = dates.clone();
                    let grid = (0..weeks).map(|w| {
                        view! {
                            <tr>
                                {(0..7).map(|col| {
                                    let index = w * 7 + col;
                                    match index.checked_sub(offset).and_then(|i| dates.get(i)).copied() {
                                        Some(date) => view! { <td>{cell(date, index, on(date))}</td> }.into_any(),
                                        None => view! { <td class="out"></td> }.into_any(),
                                    }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view();
                    let list_dates: Vec<NaiveDate> = dates_for_list.into_iter().filter(|d| !on(*d).is_empty()).collect();
                    let empty = list_dates.is_empty();
                    view! {
                        <table class="cal-grid">
                            <thead>
                                <tr>
                                    {[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun]
                                        .into_iter().map(|wd| view! {
                                            <th scope="col">{move || format::weekday_short(i18n.get_locale(), wd)}</th>
                                        }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>{grid}</tbody>
                        </table>
                        <ul class="cal-list">
                            {list_dates.into_iter().map(|date| {
                                let ds = on(date);
                                view! { <li>{cell(date, 100, ds)}</li> }
                            }).collect_view()}
                        </ul>
                        {empty.then(|| view! { <p class="note">{t!(i18n, booking.no_days)}</p> })}
                        {move || selected.get().map(|date| {
                            let ds = on_detail(date);
                            let under3 = birth.is_some_and(|b| is_under_three_on(b, date));
                            view! {
                                <section class="day-detail" aria-labelledby="day-detail-heading">
                                    <h3 id="day-detail-heading" tabindex="-1" node_ref=detail_heading>
                                        {move || td_string!(i18n.get_locale(), booking.centres_on_day, date = format::date(i18n.get_locale(), date)).to_string()}
                                    </h3>
                                    {ds.into_iter().map(|d| {
                                        let left = d.places_for(under3);
                                        let day = d.clone();
                                        let (zh, en) = (d.centre_zh_tw.clone(), d.centre_en.clone());
                                        let (nzh, nen) = (d.note_zh_tw.clone(), d.note_en.clone());
                                        let district = d.district.clone();
                                        let (general, reserved, open) = (d.general_left, d.reserved_left, d.open);
                                        view! {
                                            <div class="slot">
                                                <div>
                                                    <strong>{move || format::pick(i18n.get_locale(), &zh, &en).to_string()}</strong>
                                                    " · " {move || district_label(i18n.get_locale(), &district)}
                                                    <br/>
                                                    <span class="small">
                                                        {move || td_string!(i18n.get_locale(), booking.places_general, n = general).to_string()}
                                                        " · "
                                                        {move || td_string!(i18n.get_locale(), booking.places_under3, n = reserved).to_string()}
                                                    </span>
                                                    {(!open).then(|| view! {
                                                        <br/>
                                                        <span class="small">{move || td_string!(i18n.get_locale(), booking.day_closed_note,
                                                            note = format::pick(i18n.get_locale(), &nzh, &nen).to_string()).to_string()}</span>
                                                    })}
                                                </div>
                                                {if open && left > 0 {
                                                    view! {
                                                        <button type="button" class="button" on:click=move |_| on_choose.run(day.clone())>
                                                            {t!(i18n, booking.choose_centre_button)}
                                                        </button>
                                                    }.into_any()
                                                } else if open {
                                                    view! { <span class="status">{t!(i18n, booking.full)}</span> }.into_any()
                                                } else {
                                                    view! { <span class="status">{t!(i18n, booking.closed)}</span> }.into_any()
                                                }}
                                            </div>
                                        }
                                    }).collect_view()}
                                </section>
                            }
                        })}
                    }
                })}
            </Transition>
        </div>
    }
    .into_any()
}
