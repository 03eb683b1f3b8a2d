//! One clinic day at the centre: places, closing, and the bookings with their
//! actions. Every action is a form post that comes back to the day (to the
//! booking's row), so the console works without JavaScript.

use crate::error::AppError;
use crate::labels::{domain_label, risk_label, service_label, status_label};
use crate::server_fns::staff::{CloseDay, RecordReport, ReopenDay, ResizeDay, StaffAct, get_day_detail};
use crate::types::{DayDetail, StaffRegistrationView};
use domain::Named;
use domain::booking::registration::{RegistrationStatus, Review, StaffAction, staff_transition};
use domain::booking::report::{Report, Service};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use platform::error::{ErrorText, posted_error};
use platform::format::{self, Localized};
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

#[component]
fn RegistrationRow(r: StaffRegistrationView, day: chrono::NaiveDate, today: chrono::NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let id = r.id;
    let allowed: Vec<StaffAction> = StaffAction::all()
        .filter(|a| staff_transition(r.status, *a, day, today).is_ok())
        .collect();
    let needs_approval = r.needs_approval;
    let completed = r.status == RegistrationStatus::Completed;
    view! {
        <tr id=format!("reg-{id}")>
            <td><span class="reference">{r.reference.clone()}</span></td>
            <td>
                {r.child_name.clone()}<br/>
                <span class="small">{r.national_id_masked.clone()}</span>
            </td>
            <td>
                {format::date(l, r.birth_date)}<br/>
                <span class="small">{if r.under3 { td_string!(l, staff.under3) } else { td_string!(l, staff.over3) }}</span>
            </td>
            <td>
                <span class="status">{status_label(l, r.status)}</span>
                {r.fast_track.then(|| view! { <br/><span class="badge">{t!(i18n, staff.fast_track)}</span> })}
                {needs_approval.then(|| view! { <br/><span class="badge">{td_string!(l, staff.approval_needed, n = r.no_shows).to_string()}</span> })}
                {r.status_reason.clone().map(|why| view! { <br/><span class="small">{why}</span> })}
                {r.review.clone().map(|v| view! { <ReviewNote v/> })}
            </td>
            <td>{r.phone.clone()}<br/><span class="small">{r.email.clone().unwrap_or_default()}</span></td>
            <td>
                <ul class="small">
                    {r.domains.iter().map(|d| view! { <li>{domain_label(l, *d)}</li> }).collect_view()}
                    {r.high_risk.iter().map(|x| view! { <li>{risk_label(l, *x)}</li> }).collect_view()}
                </ul>
            </td>
            <td>
                {(!allowed.is_empty()).then(|| view! {
                    <form method="post" action=StaffAct::PATH>
                        <input type="hidden" name="registration_id" value=id.to_string()/>
                        <label class="small" for=format!("reason-{id}")>{t!(i18n, staff.reason_label)}</label>
                        <input id=format!("reason-{id}") name="reason" class="field" type="text" maxlength="300"/>
                        <div class="button-row">
                            {allowed.into_iter().map(|a| view! {
                                <button type="submit" name="action" value=a.as_str() class="button secondary">
                                    {crate::labels::staff_action_label(l, a, needs_approval)}
                                </button>
                            }).collect_view()}
                        </div>
                    </form>
                })}
                {completed.then(|| view! { <ReportForm id report=r.report.clone()/> })}
            </td>
        </tr>
    }
}

/// Why a registration waits for the staff's check, and what to compare it
/// with: the family was answered as for any booking.
#[component]
fn ReviewNote(v: crate::types::ReviewView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let why = match v.review {
        Review::Duplicate => td_string!(l, staff.review_duplicate),
        Review::RecordedAssessment => td_string!(l, staff.review_recorded),
    };
    view! {
        <div class="review-note">
            <span class="badge">{t!(i18n, staff.review_badge)}</span>
            <p class="small">{why}</p>
            <ul class="small">
                {v.others.into_iter().map(|o| view! {
                    <li>{td_string!(l, staff.review_other, centre = o.centre.tr(l), date = format::date(l, o.date), status = status_label(l, o.status)).to_string()}</li>
                }).collect_view()}
                {v.recorded_on.map(|d| view! {
                    <li>{td_string!(l, staff.review_recorded_on, date = format::date(l, d)).to_string()}</li>
                })}
            </ul>
        </div>
    }
}

/// The team's report of a completed assessment: when it was written, the
/// re-assessment date, the services it recommends and a note for the family.
#[component]
fn ReportForm(id: domain::ids::RegistrationId, report: Option<Report>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let chosen = report.as_ref().map(|r| r.services.clone()).unwrap_or_default();
    view! {
        <form method="post" action=RecordReport::PATH class="form report-form">
            <input type="hidden" name="registration_id" value=id.to_string()/>
            <fieldset>
                <legend>{t!(i18n, staff.report_legend)}</legend>
                <label for=format!("written-{id}")>{t!(i18n, staff.report_written_on)}</label>
                <input id=format!("written-{id}") name="written_on" type="date" required value=date(report.as_ref().map(|r| r.written_on))/>
                <label for=format!("reassess-{id}")>{t!(i18n, staff.report_date)}</label>
                <input id=format!("reassess-{id}") name="reassess_on" type="date" required value=date(report.as_ref().map(|r| r.reassess_on))/>
                <p class="small">{t!(i18n, staff.report_services)}</p>
                {Service::all().map(|s| view! {
                    <label class="choice">
                        <input type="checkbox" name="services[]" value=s.as_str() checked=chosen.contains(&s)/>
                        {service_label(l, s)}
                    </label>
                }).collect_view()}
                <label for=format!("note-{id}")>{t!(i18n, staff.report_note)}</label>
                <textarea id=format!("note-{id}") name="note" maxlength="500" rows="2">{report.as_ref().map(|r| r.note.clone()).unwrap_or_default()}</textarea>
                <button type="submit" class="button secondary">{t!(i18n, staff.record_report_date)}</button>
            </fieldset>
        </form>
    }
}

#[component]
fn DayControls(d: DayDetail) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let id = d.day.id.to_string();
    view! {
        <h2>{t!(i18n, staff.quota_heading)}</h2>
        <form class="form narrow" method="post" action=ResizeDay::PATH>
            <input type="hidden" name="day_id" value=id.clone()/>
            <label for="d-quota">{t!(i18n, staff.quota)}</label>
            <input id="d-quota" name="quota" type="number" min="1" max="60" required value=d.day.quota_total.to_string()/>
            <label for="d-reserved">{t!(i18n, staff.reserved)}</label>
            <input id="d-reserved" name="reserved_under3" type="number" min="0" max="60" required value=d.day.quota_reserved.to_string()/>
            <button type="submit" class="button">{t!(i18n, staff.resize_button)}</button>
        </form>
        <h2>{t!(i18n, staff.close_heading)}</h2>
        {if d.day.open {
            view! {
                <p>{t!(i18n, staff.close_intro)}</p>
                <form class="form narrow" method="post" action=CloseDay::PATH>
                    <input type="hidden" name="day_id" value=id/>
                    <label for="d-note-zh">{t!(i18n, staff.note_zh)}</label>
                    <input id="d-note-zh" name="note[zh_tw]" type="text" maxlength="300"/>
                    <label for="d-note-en">{t!(i18n, staff.note_en)}</label>
                    <input id="d-note-en" name="note[en]" type="text" maxlength="300"/>
                    <button type="submit" class="button danger">{t!(i18n, staff.close_button)}</button>
                </form>
            }.into_any()
        } else {
            view! {
                <p class="notice">{d.day.note.tr(l)}</p>
                <form method="post" action=ReopenDay::PATH class="inline-form">
                    <input type="hidden" name="day_id" value=id/>
                    <button type="submit" class="button">{t!(i18n, staff.reopen_button)}</button>
                </form>
            }.into_any()
        }}
    }
}

#[component]
pub fn StaffDayPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|i| i.parse::<domain::ids::ClinicDayId>().ok()));
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());
    let detail = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => get_day_detail(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let error = posted_error::<ResizeDay>()
        .or_else(posted_error::<CloseDay>)
        .or_else(posted_error::<ReopenDay>)
        .or_else(posted_error::<StaffAct>)
        .or_else(posted_error::<RecordReport>);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), staff.day_title).to_string()/>
        <p><a href="/staff">{t!(i18n, staff.back_to_console)}</a></p>
        <Loaded data=detail heading=move || view! { <h1>{t!(i18n, staff.day_title)}</h1> } let:d>
            {
                let l = i18n.get_locale_untracked();
                let day = d.day.date;
                let today = d.today;
                let id = d.day.id;
                let regs = d.registrations.clone();
                view! {
                    <h1>{td_string!(l, staff.day_heading, date = format::date(l, d.day.date)).to_string()}</h1>
                    <ErrorText error=Signal::stored(error.clone())/>
                    {(saved && error.is_none()).then(|| view! { <p class="success" role="status">{t!(i18n, common.saved)}</p> })}
                    {(!d.day.sessions.is_empty()).then(|| view! {
                        <h2>{t!(i18n, booking.day_plan)}</h2>
                        <crate::components::SessionPlanList sessions=d.day.sessions.clone()/>
                    })}
                    <DayControls d/>
                    <h2>{t!(i18n, staff.registrations_heading)}</h2>
                    <form method="post" action=format!("/staff/days/{id}/export.csv")>
                        <button type="submit" class="button secondary">{t!(i18n, staff.export_csv)}</button>
                    </form>
                    {regs.is_empty().then(|| view! { <p>{t!(i18n, staff.no_registrations)}</p> })}
                    <TableRegion>
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
                                {regs.into_iter().map(|r| view! { <RegistrationRow r day today/> }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                }
            }
        </Loaded>
    }
}
