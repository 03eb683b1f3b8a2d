//! The centre console: the coming clinic days and opening new ones.

use crate::labels::discipline_label;
use crate::server_fns::public::today;
use crate::server_fns::staff::{OpenDays, staff_days};
use chrono::{Duration, Weekday};
use domain::Named;
use domain::booking::session_plan::{Discipline, SessionPlan};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error, typed_back};
use platform::format;
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

#[component]
fn OpenDaysForm(today: chrono::NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let tomorrow = (today + Duration::days(1)).to_string();
    let typical = SessionPlan::typical();
    let typed = typed_back::<OpenDays>();
    let opened = use_query_map().with_untracked(|q| {
        Some((
            q.get("opened")?.parse::<u32>().ok()?,
            q.get("skipped")?.parse::<u32>().ok()?,
        ))
    });
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    view! {
        <h2 id="open-days">{t!(i18n, staff.open_days_heading)}</h2>
        <p>{t!(i18n, staff.open_days_intro)}</p>
        <form class="form" method="post" action=OpenDays::PATH>
            <ErrorText error=Signal::stored(posted_error::<OpenDays>())/>
            {opened.map(|(opened, skipped)| view! {
                <p class="success" role="status">{td_string!(l, staff.opened_result, opened = opened, skipped = skipped).to_string()}</p>
            })}
            <div class="row">
                <div><label for="o-from">{t!(i18n, staff.from)}</label>
                    <input id="o-from" name="form[from]" type="date" min=tomorrow.clone() value=typed.or("form[from]", tomorrow.clone()) required/></div>
                <div><label for="o-to">{t!(i18n, staff.to)}</label>
                    <input id="o-to" name="form[to]" type="date" min=tomorrow value=typed.or("form[to]", (today + Duration::days(28)).to_string()) required/></div>
            </div>
            <fieldset>
                <legend>{t!(i18n, staff.weekdays)}</legend>
                {weekdays.into_iter().map(|w| view! {
                    <label class="choice">
                        <input type="checkbox" name="form[weekdays][]" value=w.number_from_monday().to_string()
                            checked=typed.has("form[weekdays][]", &w.number_from_monday().to_string())/>
                        {format::weekday_short(l, w)}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="row">
                <div><label for="o-quota">{t!(i18n, staff.quota)}</label>
                    <input id="o-quota" name="form[quota]" type="number" min="1" max="60" value=typed.or("form[quota]", "6") required/></div>
                <div><label for="o-reserved">{t!(i18n, staff.reserved)}</label>
                    <input id="o-reserved" name="form[reserved_under3]" type="number" min="0" max="60" value=typed.or("form[reserved_under3]", "2") required/></div>
                <div><label for="o-checkin">{t!(i18n, staff.checkin_time)}</label>
                    <input id="o-checkin" name="form[checkin_time]" type="time" value=typed.or("form[checkin_time]", "08:30") required/></div>
            </div>
            <fieldset>
                <legend>{t!(i18n, staff.sessions_legend)}</legend>
                <div class="row">
                    {Discipline::all().map(|d| {
                        let id = format!("o-min-{}", d.as_str());
                        let name = format!("form[minutes][{}]", d.as_str());
                        let minutes = typical.sessions().iter().find(|s| s.discipline == d).map(|s| s.minutes.to_string());
                        let minutes = typed.or(&name, minutes.unwrap_or_default());
                        view! {
                            <div>
                                <label for=id.clone()>{discipline_label(l, d)}</label>
                                <input id=id name=name type="number" min="10" max="180" value=minutes/>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, staff.open_days_button)}</button>
        </form>
    }
}

#[component]
pub fn StaffConsolePage() -> impl IntoView {
    let i18n = use_i18n();
    // The coming days (and last week's), around the server's today.
    let days = Resource::new(
        || (),
        |_| async move {
            let today = today().await?;
            let from = (today - Duration::days(7)).to_string();
            let list = staff_days(from, (today + Duration::days(120)).to_string()).await?;
            Ok::<_, crate::error::AppError>((today, list))
        },
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), staff.console_title).to_string()/>
        <h1>{t!(i18n, staff.console_heading)}</h1>
        <p>{t!(i18n, staff.console_intro)}</p>
        <Loaded data=days let:loaded>
            {
                let l = i18n.get_locale_untracked();
                let (today, list) = loaded;
                view! {
                    <h2>{t!(i18n, staff.days_heading)}</h2>
                    {list.is_empty().then(|| view! { <p>{t!(i18n, staff.no_days)}</p> })}
                    <TableRegion>
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{t!(i18n, booking.date)}</th>
                                    <th scope="col">{t!(i18n, staff.quota)}</th>
                                    <th scope="col">{t!(i18n, staff.reserved)}</th>
                                    <th scope="col">{t!(i18n, staff.taken)}</th>
                                    <th scope="col">{t!(i18n, staff.open_state)}</th>
                                    <th scope="col">{t!(i18n, staff.manage)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list.into_iter().map(|d| {
                                    let general_taken = d.quota_total - d.quota_reserved - d.general_left;
                                    let reserved_taken = d.quota_reserved - d.reserved_left;
                                    view! {
                                        <tr>
                                            <td>{format::date(l, d.date)}</td>
                                            <td>{d.quota_total}</td>
                                            <td>{d.quota_reserved}</td>
                                            <td>{format!("{general_taken} / {reserved_taken}")}</td>
                                            <td>{if d.open { td_string!(l, staff.open) } else { td_string!(l, staff.closed) }}</td>
                                            <td><a href=format!("/staff/days/{}", d.id)>{t!(i18n, staff.manage)}</a></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                    <OpenDaysForm today/>
                }
            }
        </Loaded>
    }
}
