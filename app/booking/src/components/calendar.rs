//! The booking calendar across all centres, made on the server: a month grid
//! on wide screens and a list by date on phones (both in the page; CSS shows
//! one). Months, filters and days are links and a GET form, so the calendar
//! works without JavaScript; choosing a centre on a day is a form post.

use super::district_label;
use crate::server_fns::public::{availability, list_centres};
use crate::types::DayView;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use domain::Named;
use domain::booking::District;
use domain::booking::age::is_under_three_on;
use domain::booking::triage::BookingWindow;
use domain::platform::taipei::parse_iso_date;
use i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use platform::format;
use platform::layout::encode_component;

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

/// What choosing a centre on a day does: a form posting the clinic day to a
/// server function, with the fields it needs besides the day.
#[derive(Clone)]
pub struct Choose {
    /// The server function's URL.
    pub action: &'static str,
    /// The name of the clinic day field.
    pub day_field: &'static str,
    /// Hidden fields posted with it.
    pub hidden: Vec<(&'static str, String)>,
}

/// The calendar's state, from the page's query string.
#[derive(Clone, Debug, Default, PartialEq)]
struct Query {
    month: Option<NaiveDate>,
    district: Option<District>,
    centre: Option<platform::ids::CentreId>,
    day: Option<NaiveDate>,
}

impl Query {
    fn read() -> Self {
        use_query_map().with_untracked(|q| Query {
            month: q.get("month").and_then(|m| parse_iso_date(&format!("{m}-01"))),
            district: q.get("district").and_then(|d| District::parse(&d)),
            centre: q.get("centre").and_then(|c| c.parse().ok()),
            day: q.get("day").and_then(|d| parse_iso_date(&d)),
        })
    }

    /// The link to the calendar with `month` and `day` changed.
    fn href(&self, base: &str, month: NaiveDate, day: Option<NaiveDate>, extra: &[(&str, String)]) -> String {
        let mut q = vec![format!("month={}", month.format("%Y-%m"))];
        if let Some(d) = self.district {
            q.push(format!("district={}", d.as_str()));
        }
        if let Some(c) = self.centre {
            q.push(format!("centre={c}"));
        }
        if let Some(d) = day {
            q.push(format!("day={d}"));
        }
        for (k, v) in extra {
            q.push(format!("{k}={}", encode_component(v)));
        }
        let anchor = if day.is_some() { "#day-detail" } else { "#calendar" };
        format!("{base}?{}{anchor}", q.join("&"))
    }
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
    exclude: Option<platform::ids::ClinicDayId>,
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
                        {District::all().map(|d| {
                            view! { <option value=d.as_str() selected=query.district == Some(d)>{district_label(l, d)}</option> }
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
                                            {format::pick(l, &c.name_zh_tw, &c.name_en).to_string()}
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

struct MonthView<'a> {
    l: Locale,
    month: NaiveDate,
    birth: Option<NaiveDate>,
    all: Vec<DayView>,
    query: Query,
    keep: Vec<(&'static str, String)>,
    base: &'static str,
    choose: Choose,
    choosable: &'a dyn Fn(NaiveDate) -> bool,
}

/// The month grid, the list by date, and the chosen day's centres.
fn month_view(m: MonthView<'_>) -> AnyView {
    let MonthView {
        l,
        month,
        birth,
        all,
        query,
        keep,
        base,
        choose,
        choosable,
    } = m;
    let on = |date: NaiveDate| -> Vec<DayView> { all.iter().filter(|d| d.date == date).cloned().collect() };
    let dates: Vec<NaiveDate> = month.iter_days().take_while(|d| d.month() == month.month()).collect();
    let cell = |date: NaiveDate| {
        let ds = on(date);
        let open: Vec<&DayView> = ds.iter().filter(|d| d.open).collect();
        let general: u32 = open.iter().map(|d| d.general_left).sum();
        let reserved: u32 = open.iter().map(|d| d.reserved_left).sum();
        let under3 = birth.is_some_and(|b| is_under_three_on(b, date));
        let for_child: u32 = ds.iter().map(|d| d.places_for(under3)).sum();
        let label = format!(
            "{}: {}, {}, {}",
            format::date(l, date),
            td_string!(l, booking.places_general, n = general),
            td_string!(l, booking.places_under3, n = reserved),
            td_string!(l, booking.places_for_child, n = for_child)
        );
        let content = view! {
            <span class="day-number" aria-hidden="true">{date.day()}</span>
            {(!ds.is_empty()).then(|| view! {
                <span class="places" aria-hidden="true">{td_string!(l, booking.places_general, n = general).to_string()}</span>
                <span class="places" aria-hidden="true">{td_string!(l, booking.places_under3, n = reserved).to_string()}</span>
            })}
        };
        if !ds.is_empty() && choosable(date) {
            let class = if for_child > 0 {
                "day-button has-places"
            } else {
                "day-button"
            };
            let current = (query.day == Some(date)).then_some("date");
            view! { <a class=class href=query.href(base, month, Some(date), &keep) aria-label=label aria-current=current>{content}</a> }
                .into_any()
        } else {
            // Not a link: the words are read from hidden text (a plain span may not carry a label).
            view! { <span class="day-button">{content}<span class="visually-hidden">{label}</span></span> }.into_any()
        }
    };
    let offset = month.weekday().num_days_from_monday() as usize;
    let weeks = (offset + dates.len()).div_ceil(7);
    let grid = (0..weeks)
        .map(|w| {
            view! {
                <tr>
                    {(0..7).map(|col| match (w * 7 + col).checked_sub(offset).and_then(|i| dates.get(i)).copied() {
                        Some(date) => view! { <td>{cell(date)}</td> }.into_any(),
                        None => view! { <td class="out"></td> }.into_any(),
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let list_dates: Vec<NaiveDate> = dates.iter().copied().filter(|d| !on(*d).is_empty()).collect();
    let empty = list_dates.is_empty();
    let list = list_dates
        .into_iter()
        .map(|date| view! { <li>{cell(date)}</li> })
        .collect_view();
    let detail = query
        .day
        .filter(|d| d.month() == month.month() && choosable(*d))
        .map(|date| {
            let under3 = birth.is_some_and(|b| is_under_three_on(b, date));
            view! {
                <section class="day-detail" id="day-detail" aria-labelledby="day-detail-heading">
                    <h3 id="day-detail-heading">
                        {td_string!(l, booking.centres_on_day, date = format::date(l, date)).to_string()}
                    </h3>
                    {on(date).into_iter().map(|d| slot(l, d, under3, &choose)).collect_view()}
                </section>
            }
        });
    view! {
        <table class="cal-grid">
            <thead>
                <tr>
                    {[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun]
                        .into_iter()
                        .map(|wd| view! { <th scope="col">{format::weekday_short(l, wd)}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{grid}</tbody>
        </table>
        <ul class="cal-list">{list}</ul>
        {empty.then(|| view! { <p class="note">{td_string!(l, booking.no_days)}</p> })}
        {detail}
    }
    .into_any()
}

/// One centre on the chosen day, with its places and the form that takes one.
fn slot(l: Locale, d: DayView, under3: bool, choose: &Choose) -> AnyView {
    let left = d.places_for(under3);
    let action = if d.open && left > 0 {
        view! {
            <form method="post" action=choose.action class="inline-form">
                {choose.hidden.iter().map(|(k, v)| view! { <input type="hidden" name=*k value=v.clone()/> }).collect_view()}
                <input type="hidden" name=choose.day_field value=d.id.to_string()/>
                <button type="submit" class="button">{td_string!(l, booking.choose_centre_button)}</button>
            </form>
        }
        .into_any()
    } else if d.open {
        view! { <span class="status">{td_string!(l, booking.full)}</span> }.into_any()
    } else {
        view! { <span class="status">{td_string!(l, booking.closed)}</span> }.into_any()
    };
    view! {
        <div class="slot">
            <div>
                <strong>{format::pick(l, &d.centre_zh_tw, &d.centre_en).to_string()}</strong>
                " · " {district_label(l, d.district)}
                <br/>
                <span class="small">
                    {td_string!(l, booking.places_general, n = d.general_left).to_string()}
                    " · "
                    {td_string!(l, booking.places_under3, n = d.reserved_left).to_string()}
                </span>
                {(!d.open).then(|| view! {
                    <br/>
                    <span class="small">{td_string!(l, booking.day_closed_note,
                        note = format::pick(l, &d.note_zh_tw, &d.note_en).to_string()).to_string()}</span>
                })}
            </div>
            {action}
        </div>
    }
    .into_any()
}
