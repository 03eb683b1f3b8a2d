//! One clinic day at the centre: places, closing, and the bookings with their actions.

use crate::components::{domain_label, risk_label, status_label};
use crate::server_fns::staff::{close_day, get_day_detail, record_report_date, reopen_day, resize_day, staff_act};
use crate::types::{DayDetail, StaffRegistrationView};
use domain::booking::registration::{RegistrationStatus, StaffAction, staff_transition};
use domain::platform::taipei::parse_iso_date;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use platform::AppError;
use platform::format;
use platform::layout::ErrorText;
use platform::pages::account::AccessProblem;

fn action_label(locale: Locale, a: StaffAction, needs_approval: bool) -> &'static str {
    match a {
        StaffAction::Confirm if needs_approval => td_string!(locale, staff.action_approve),
        StaffAction::Confirm => td_string!(locale, staff.action_confirm),
        StaffAction::MarkIneligible => td_string!(locale, staff.action_mark_ineligible),
        StaffAction::CheckIn => td_string!(locale, staff.action_check_in),
        StaffAction::Complete => td_string!(locale, staff.action_complete),
        StaffAction::MarkNoShow => td_string!(locale, staff.action_mark_no_show),
        StaffAction::Cancel => td_string!(locale, staff.action_cancel),
    }
}

#[component]
fn RegistrationRow(
    r: StaffRegistrationView,
    day: chrono::NaiveDate,
    today: chrono::NaiveDate,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reason = RwSignal::new(String::new());
    let report = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let id = r.id;
    let act = Action::new(move |a: &StaffAction| {
        let (a, why) = (*a, reason.get_untracked());
        async move { staff_act(id, a, why).await }
    });
    let record = Action::new(move |_: &()| {
        let d = report.get_untracked();
        async move { record_report_date(id, d).await }
    });
    Effect::new(move |_| match (act.value().get(), record.value().get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => error.set(Some(e)),
        (Some(Ok(())), _) | (_, Some(Ok(()))) => {
            error.set(None);
            reload.run(());
        }
        _ => {}
    });
    let allowed: Vec<StaffAction> = StaffAction::ALL
        .into_iter()
        .filter(|a| staff_transition(r.status, *a, day, today).is_ok())
        .collect();
    let needs_approval = r.needs_approval;
    let (domains, risks) = (r.domains.clone(), r.high_risk.clone());
    let birth = r.birth_date.clone();
    let completed = r.status == RegistrationStatus::Completed;
    view! {
        <tr>
            <td><span class="reference">{r.reference.clone()}</span></td>
            <td>
                {r.child_name.clone()}<br/>
                <span class="small">{r.national_id_masked.clone()}</span>
            </td>
            <td>
                {move || format::date_str(i18n.get_locale(), &birth)}<br/>
                <span class="small">{move || if r.under3 { t_string!(i18n, staff.under3) } else { t_string!(i18n, staff.over3) }}</span>
            </td>
            <td>
                <span class="status">{move || status_label(i18n.get_locale(), r.status)}</span>
                {r.fast_track.then(|| view! { <br/><span class="badge">{t!(i18n, staff.fast_track)}</span> })}
                {needs_approval.then(|| view! { <br/><span class="badge">{move || td_string!(i18n.get_locale(), staff.approval_needed, n = r.no_shows).to_string()}</span> })}
                {r.status_reason.clone().map(|why| view! { <br/><span class="small">{why}</span> })}
            </td>
            <td>{r.phone.clone()}<br/><span class="small">{r.email.clone().unwrap_or_default()}</span></td>
            <td>
                <ul class="small">
                    {move || domains.iter().map(|d| view! { <li>{domain_label(i18n.get_locale(), *d)}</li> }).collect_view()}
                    {move || risks.iter().map(|x| view! { <li>{risk_label(i18n.get_locale(), *x)}</li> }).collect_view()}
                </ul>
            </td>
            <td>
                <ErrorText error=error/>
                {(!allowed.is_empty()).then(|| view! {
                    <label class="small" for=format!("reason-{id}")>{t!(i18n, staff.reason_label)}</label>
                    <input id=format!("reason-{id}") class="field" type="text" maxlength="300" bind:value=reason/>
                })}
                <div class="button-row">
                    {allowed.into_iter().map(|a| view! {
                        <button type="button" class="button secondary" on:click=move |_| { act.dispatch(a); }>
                            {move || action_label(i18n.get_locale(), a, needs_approval)}
                        </button>
                    }).collect_view()}
                </div>
                {completed.then(|| view! {
                    <label class="small" for=format!("report-{id}")>{t!(i18n, staff.report_date)}</label>
                    <input id=format!("report-{id}") class="field" type="date" bind:value=report/>
                    <button type="button" class="button secondary" on:click=move |_| { record.dispatch(()); }>
                        {t!(i18n, staff.record_report_date)}
                    </button>
                    {r.report_reassess_date.clone().map(|d| view! { <p class="small">{d}</p> })}
                })}
            </td>
        </tr>
    }
    .into_any()
}

#[component]
fn DayControls(d: DayDetail, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = d.day.id;
    let quota = RwSignal::new(d.day.quota_total.to_string());
    let reserved = RwSignal::new(d.day.quota_reserved.to_string());
    let note_zh = RwSignal::new(String::new());
    let note_en = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let resize = Action::new(move |_: &()| {
        let (q, r) = (
            quota.get_untracked().trim().parse().unwrap_or(0),
            reserved.get_untracked().trim().parse().unwrap_or(0),
        );
        async move { resize_day(id, q, r).await }
    });
    let close = Action::new(move |_: &()| {
        let (z, e) = (note_zh.get_untracked(), note_en.get_untracked());
        async move { close_day(id, z, e).await }
    });
    let reopen = Action::new(move |_: &()| async move { reopen_day(id).await });
    Effect::new(move |_| {
        for v in [resize.value().get(), close.value().get(), reopen.value().get()] {
            match v {
                Some(Err(e)) => error.set(Some(e)),
                Some(Ok(())) => {
                    error.set(None);
                    reload.run(());
                }
                None => {}
            }
        }
    });
    let open = d.day.open;
    let (nz, ne) = (d.day.note_zh_tw.clone(), d.day.note_en.clone());
    view! {
        <ErrorText error=error/>
        <h2>{t!(i18n, staff.quota_heading)}</h2>
        <form class="form narrow" on:submit=move |ev| { ev.prevent_default(); resize.dispatch(()); }>
            <label for="d-quota">{t!(i18n, staff.quota)}</label>
            <input id="d-quota" type="number" min="1" max="60" required bind:value=quota/>
            <label for="d-reserved">{t!(i18n, staff.reserved)}</label>
            <input id="d-reserved" type="number" min="0" max="60" required bind:value=reserved/>
            <button type="submit" class="button">{t!(i18n, staff.resize_button)}</button>
        </form>
        <h2>{t!(i18n, staff.close_heading)}</h2>
        {if open {
            view! {
                <p>{t!(i18n, staff.close_intro)}</p>
                <form class="form narrow" on:submit=move |ev| { ev.prevent_default(); close.dispatch(()); }>
                    <label for="d-note-zh">{t!(i18n, staff.note_zh)}</label>
                    <input id="d-note-zh" type="text" maxlength="300" bind:value=note_zh/>
                    <label for="d-note-en">{t!(i18n, staff.note_en)}</label>
                    <input id="d-note-en" type="text" maxlength="300" bind:value=note_en/>
                    <button type="submit" class="button danger">{t!(i18n, staff.close_button)}</button>
                </form>
            }.into_any()
        } else {
            view! {
                <p class="notice">{move || format::pick(i18n.get_locale(), &nz, &ne).to_string()}</p>
                <button type="button" class="button" on:click=move |_| { reopen.dispatch(()); }>{t!(i18n, staff.reopen_button)}</button>
            }.into_any()
        }}
    }
    .into_any()
}

#[component]
pub fn StaffDayPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let version = RwSignal::new(0u32);
    let detail = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").and_then(|i| i.parse::<i64>().ok())),
                version.get(),
            )
        },
        |(id, _)| async move {
            match id {
                Some(id) => get_day_detail(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let reload = Callback::new(move |_| version.update(|v| *v += 1));
    view! {
        <Title text=move || t_string!(i18n, staff.day_title)/>
        <p><a href="/staff">{t!(i18n, staff.back_to_console)}</a></p>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Err(e) => view! { <h1>{t!(i18n, staff.day_title)}</h1><AccessProblem error=e/> }.into_any(),
                    Ok(d) => {
                        let day = parse_iso_date(&d.day.date).unwrap_or_default();
                        let today = parse_iso_date(&d.today).unwrap_or_default();
                        let date = d.day.date.clone();
                        let id = d.day.id;
                        let regs = d.registrations.clone();
                        view! {
                            <h1>{move || td_string!(i18n.get_locale(), staff.day_heading, date = format::date_str(i18n.get_locale(), &date)).to_string()}</h1>
                            <DayControls d reload/>
                            <h2>{t!(i18n, staff.registrations_heading)}</h2>
                            <p><a class="button secondary" href=format!("/staff/days/{id}/export.csv") rel="external" download="clinic-day.csv">
                                {t!(i18n, staff.export_csv)}
                            </a></p>
                            {regs.is_empty().then(|| view! { <p>{t!(i18n, staff.no_registrations)}</p> })}
                            <div class="table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, common.scroll_table)>
                                <table>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!(i18n, booking.reference)}</th>
                                            <th scope="col">{t!(i18n, staff.child_name)}</th>
                                            <th scope="col">{t!(i18n, staff.birth_date)}</th>
                                            <th scope="col">{t!(i18n, booking.status)}</th>
                                            <th scope="col">{t!(i18n, staff.contact)}</th>
                                            <th scope="col">{t!(i18n, staff.concerns)}</th>
                                            <th scope="col">{t!(i18n, staff.actions)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {regs.into_iter().map(|r| view! { <RegistrationRow r day today reload/> }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Transition>
    }
    .into_any()
}
