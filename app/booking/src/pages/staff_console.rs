//! The centre console: the coming clinic days and opening new ones.

use crate::components::discipline_label;
use crate::server_fns::staff::{OpenDaysForm, open_days, staff_days};
use chrono::{Duration, Weekday};
use domain::booking::session_plan::{Discipline, Session, SessionPlan};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::format;
use platform::layout::ErrorText;
use platform::pages::account::AccessProblem;

#[component]
fn OpenDaysForm(today: chrono::NaiveDate, on_opened: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let tomorrow = (today + Duration::days(1)).to_string();
    let from = RwSignal::new(tomorrow.clone());
    let to = RwSignal::new((today + Duration::days(28)).to_string());
    let weekdays = RwSignal::new(Vec::<u32>::new());
    let quota = RwSignal::new("6".to_string());
    let reserved = RwSignal::new("2".to_string());
    let checkin = RwSignal::new("08:30".to_string());
    let typical = SessionPlan::typical();
    let minutes: Vec<(Discipline, RwSignal<String>)> = Discipline::ALL
        .into_iter()
        .map(|d| {
            let m = typical
                .sessions()
                .iter()
                .find(|s| s.discipline == d)
                .map(|s| s.minutes.to_string())
                .unwrap_or_default();
            (d, RwSignal::new(m))
        })
        .collect();
    let minutes_for_submit = minutes.clone();
    let action = Action::new(move |f: &OpenDaysForm| open_days(f.clone()));
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| match action.value().get() {
        Some(Ok(_)) => {
            error.set(None);
            on_opened.run(());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sessions = minutes_for_submit
            .iter()
            .filter_map(|(d, m)| {
                m.get_untracked().trim().parse::<u32>().ok().map(|minutes| Session {
                    discipline: *d,
                    minutes,
                })
            })
            .collect();
        action.dispatch(OpenDaysForm {
            from: from.get_untracked(),
            to: to.get_untracked(),
            weekdays: weekdays.get_untracked(),
            quota: quota.get_untracked().trim().parse().unwrap_or(0),
            reserved_under3: reserved.get_untracked().trim().parse().unwrap_or(0),
            sessions,
            checkin_time: checkin.get_untracked(),
        });
    };
    let all_weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    view! {
        <h2>{t!(i18n, staff.open_days_heading)}</h2>
        <p>{t!(i18n, staff.open_days_intro)}</p>
        <form class="form" on:submit=submit>
            <ErrorText error=error/>
            {move || action.value().get().and_then(|r| r.ok()).map(|o| view! {
                <p class="success" role="status">
                    {move || td_string!(i18n.get_locale(), staff.opened_result, opened = o.opened, skipped = o.skipped).to_string()}
                </p>
            })}
            <div class="row">
                <div><label for="o-from">{t!(i18n, staff.from)}</label><input id="o-from" type="date" min=tomorrow.clone() required bind:value=from/></div>
                <div><label for="o-to">{t!(i18n, staff.to)}</label><input id="o-to" type="date" min=tomorrow required bind:value=to/></div>
            </div>
            <fieldset>
                <legend>{t!(i18n, staff.weekdays)}</legend>
                {all_weekdays.into_iter().map(|w| {
                    let n = w.number_from_monday();
                    view! {
                        <label class="choice">
                            <input type="checkbox" on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                weekdays.update(|v| { v.retain(|x| *x != n); if on { v.push(n); } });
                            }/>
                            {move || format::weekday_short(i18n.get_locale(), w)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="row">
                <div><label for="o-quota">{t!(i18n, staff.quota)}</label><input id="o-quota" type="number" min="1" max="60" required bind:value=quota/></div>
                <div><label for="o-reserved">{t!(i18n, staff.reserved)}</label><input id="o-reserved" type="number" min="0" max="60" required bind:value=reserved/></div>
                <div><label for="o-checkin">{t!(i18n, staff.checkin_time)}</label><input id="o-checkin" type="time" required bind:value=checkin/></div>
            </div>
            <fieldset>
                <legend>{t!(i18n, staff.sessions_legend)}</legend>
                <div class="row">
                    {minutes.into_iter().map(|(d, m)| {
                        let id = format!("o-min-{}", d.as_str());
                        view! {
                            <div>
                                <label for=id.clone()>{move || discipline_label(i18n.get_locale(), d)}</label>
                                <input id=id type="number" min="10" max="180" bind:value=m/>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, staff.open_days_button)}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn StaffConsolePage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let version = RwSignal::new(0u32);
    let days = Resource::new(
        move || (version.get(), today.get().flatten()),
        |(_, t)| async move {
            let t = t.unwrap_or_default();
            staff_days(
                (t - Duration::days(7)).to_string(),
                (t + Duration::days(120)).to_string(),
            )
            .await
        },
    );
    view! {
        <Title text=move || t_string!(i18n, staff.console_title)/>
        <h1>{t!(i18n, staff.console_heading)}</h1>
        <p>{t!(i18n, staff.console_intro)}</p>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let today = today.await.unwrap_or_default();
                match days.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok(list) => view! {
                        <h2>{t!(i18n, staff.days_heading)}</h2>
                        {list.is_empty().then(|| view! { <p>{t!(i18n, staff.no_days)}</p> })}
                        <div class="table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, common.scroll_table)>
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
                                        let date = d.date.clone();
                                        view! {
                                            <tr>
                                                <td>{move || format::date_str(i18n.get_locale(), &date)}</td>
                                                <td>{d.quota_total}</td>
                                                <td>{d.quota_reserved}</td>
                                                <td>{format!("{general_taken} / {reserved_taken}")}</td>
                                                <td>{move || if d.open { t_string!(i18n, staff.open) } else { t_string!(i18n, staff.closed) }}</td>
                                                <td><a href=format!("/staff/days/{}", d.id)>{t!(i18n, staff.manage)}</a></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <OpenDaysForm today on_opened=Callback::new(move |_| version.update(|v| *v += 1))/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
    .into_any()
}
