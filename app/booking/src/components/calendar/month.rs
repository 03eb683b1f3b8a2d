//! One month of the calendar: the grid, the list by date, and the chosen
//! day's centres with the form that takes a place.

use super::query::{Choose, Query};
use crate::types::DayView;
use chrono::{Datelike, NaiveDate, Weekday};
use domain::booking::age::is_under_three_on;
use i18n::*;
use leptos::prelude::*;
use platform::format::{self, Localized};

pub(super) struct MonthView<'a> {
    pub(super) l: Locale,
    pub(super) month: NaiveDate,
    pub(super) birth: Option<NaiveDate>,
    pub(super) all: Vec<DayView>,
    pub(super) query: Query,
    pub(super) keep: Vec<(&'static str, String)>,
    pub(super) base: &'static str,
    pub(super) choose: Choose,
    pub(super) choosable: &'a dyn Fn(NaiveDate) -> bool,
}

/// The month grid, the list by date, and the chosen day's centres.
pub(super) fn month_view(m: MonthView<'_>) -> AnyView {
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
                <strong>{d.centre.tr(l)}</strong>
                " · " {crate::labels::district_name(l, d.district)}
                <br/>
                <span class="small">
                    {td_string!(l, booking.places_general, n = d.general_left).to_string()}
                    " · "
                    {td_string!(l, booking.places_under3, n = d.reserved_left).to_string()}
                </span>
                {(!d.open).then(|| view! {
                    <br/>
                    <span class="small">{td_string!(l, booking.day_closed_note,
                        note = d.note.tr(l)).to_string()}</span>
                })}
            </div>
            {action}
        </div>
    }
    .into_any()
}
