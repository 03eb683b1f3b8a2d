//! One case, for the case manager: the child, the referrals, the clocks, the actions.

use crate::labels::{
    contact_clock_text, domain_label, event_label, method_label, outcome_label, reporter_kind_label, stage_label,
    status_label,
};
use crate::server_fns::cases::{AssignCase, BookForCase, CaseDetailView, CloseCase, RecordCaseContact, case_detail};
use domain::Named;
use domain::booking::case::{CaseOutcome, CaseStage, ContactMethod};
use domain::ids::CaseId;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use platform::error::{ErrorText, FieldError, described_by, field_invalid, posted_error};
use platform::format::{self, Localized};
use platform::layout::Loaded;
use server_fn::ServerFn;

#[component]
pub fn CityCasePage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|i| i.parse::<CaseId>().ok()));
    let detail = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => case_detail(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
    );
    let error = posted_error::<AssignCase>()
        .or_else(posted_error::<RecordCaseContact>)
        .or_else(posted_error::<BookForCase>)
        .or_else(posted_error::<CloseCase>);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), cases.case_title, city = names.city.as_str(), city_short = names.city_short.as_str()).to_string()/>
        <p><a href="/city/cases">{t!(i18n, cases.back_to_queue)}</a></p>
        <Loaded data=detail whole_page=true let:d>
            <CaseView d error=error.clone()/>
        </Loaded>
    }
}

#[component]
pub(crate) fn CaseView(d: CaseDetailView, error: Option<crate::error::AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let error = Signal::stored(error);
    let invalid = move |field: &'static str| field_invalid(error, field);
    let described =
        move |field: &'static str, hint: Option<&'static str>, id: &'static str| described_by(error, field, hint, id);
    let item = d.item.clone();
    let id = item.id.to_string();
    let open = !matches!(item.stage, CaseStage::Closed(_));
    let c = item.clocks;
    let today = d.today.to_string();
    view! {
        <h1>{t!(i18n, cases.case_heading)} " " <span class="reference">{item.number.clone()}</span></h1>
        <ErrorText error/>
        <div class="panel">
            <p><strong>{item.child_name.clone()}</strong> " · " {d.national_id_masked.clone()} " · " {format::date(l, item.birth_date)}</p>
            <p>{t!(i18n, cases.case_status)} ": " <strong>{stage_label(l, item.stage)}</strong></p>
            <p>
                {t!(i18n, cases.report_clock)} ": "
                {td_string!(l, cases.report_clock_text, observed = format::date(l, c.observed_on), due = format::date(l, c.report_due)).to_string()}
                {c.reported_late.then(|| view! { " " <span class="badge">{t!(i18n, cases.reported_late)}</span> })}
            </p>
            <p>
                {t!(i18n, cases.contact_clock)} ": "
                <span class=if c.contact_overdue() { "deadline overdue" } else { "deadline" }>{contact_clock_text(l, c.contact)}</span>
            </p>
            <p>{t!(i18n, cases.assigned_to)} ": " {item.assigned.clone().unwrap_or_else(|| td_string!(l, cases.unassigned).to_string())}</p>
        </div>
        <h2>{t!(i18n, cases.family_legend)}</h2>
        <p>{d.guardian_name.clone()} " · " <a href=format!("tel:{}", d.phone)>{d.phone.clone()}</a>
            {d.email.clone().map(|e| view! { " · " {e} })}</p>
        {d.booking.clone().map(|b| view! {
            <h2>{t!(i18n, cases.booking_heading)}</h2>
            <p><span class="reference">{b.reference}</span> " · " {status_label(l, b.status)}</p>
        })}
        <h2>{t!(i18n, cases.referrals_heading)}</h2>
        {d.referrals.iter().map(|f| {
            let who = match &f.institution {
                Some(i) => format!("{} · {} ({})", f.reporter_name, i.tr(l), reporter_kind_label(l, f.kind)),
                None => format!("{} · {}", f.reporter_name, reporter_kind_label(l, f.kind)),
            };
            view! {
                <article class="panel referral">
                    <p><strong>{who}</strong></p>
                    <p class="small">
                        {td_string!(l, cases.observed_reported, observed = format::date(l, f.observed_on), reported = format::date(l, f.reported_on)).to_string()}
                        {f.late.then(|| view! { " " <span class="badge">{t!(i18n, cases.late)}</span> })}
                    </p>
                    <p class="observation">{f.observation.clone()}</p>
                    <ul class="small">{f.domains.iter().map(|x| view! { <li>{domain_label(l, *x)}</li> }).collect_view()}</ul>
                    {f.screening.clone().map(|s| view! {
                        <p class="small">{td_string!(l, cases.screening_attached, band = crate::labels::band_label(l, s.band)).to_string()}</p>
                    })}
                </article>
            }
        }).collect_view()}
        {open.then(|| {
            let managers = d.managers.clone();
            let me = d.me;
            let days = d.days.clone();
            let not_joint = triage_explained(l, &d.triage);
            let (id1, id2, id3, id4) = (id.clone(), id.clone(), id.clone(), id.clone());
            let today = today.clone();
            view! {
                <h2>{t!(i18n, cases.work_heading)}</h2>
                <div class="case-forms">
                    <form method="post" action=AssignCase::PATH class="form panel">
                        <h3>{t!(i18n, cases.assign_heading)}</h3>
                        <input type="hidden" name="id" value=id1/>
                        <label for="c-assign">{t!(i18n, cases.assigned_to)}</label>
                        <select id="c-assign" name="to">
                            {managers.into_iter().map(|m| view! {
                                <option value=m.id.to_string() selected={m.id == me}>{m.name}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button secondary">{t!(i18n, cases.assign_button)}</button>
                    </form>
                    <form method="post" action=RecordCaseContact::PATH class="form panel">
                        <h3>{t!(i18n, cases.contact_heading)}</h3>
                        <input type="hidden" name="id" value=id2/>
                        <label for="c-on">{t!(i18n, cases.contact_on)}</label>
                        <input id="c-on" name="on" type="date" required max=today.clone() value=today.clone()
                            aria-invalid=invalid("on") aria-describedby=described("on", None, "c-on-error")/>
                        <FieldError error field="on" id="c-on-error"/>
                        <label for="c-method">{t!(i18n, cases.contact_method)}</label>
                        <select id="c-method" name="method">
                            {ContactMethod::all().map(|m| view! { <option value=m.as_str()>{method_label(l, m)}</option> }).collect_view()}
                        </select>
                        <label class="choice">
                            <input type="checkbox" name="reached" value="1" checked=true/>
                            {t!(i18n, cases.contact_reached)}
                        </label>
                        <label for="c-note">{t!(i18n, cases.note)}</label>
                        <textarea id="c-note" name="note" maxlength="500" rows="2"
                            aria-invalid=invalid("note") aria-describedby=described("note", None, "c-note-error")></textarea>
                        <FieldError error field="note" id="c-note-error"/>
                        <button type="submit" class="button secondary">{t!(i18n, cases.contact_button)}</button>
                    </form>
                    {(d.booking.as_ref().is_none_or(|b| !b.status.is_active())).then(|| view! {
                        <form method="post" action=BookForCase::PATH class="form panel">
                            <h3>{t!(i18n, cases.book_heading)}</h3>
                            <p class="small">{t!(i18n, cases.book_hint)}</p>
                            <input type="hidden" name="id" value=id3/>
                            {if let Some(why) = not_joint.clone() {
                                view! { <p class="notice">{why}</p> }.into_any()
                            } else if days.is_empty() {
                                view! { <p>{t!(i18n, cases.no_days)}</p> }.into_any()
                            } else {
                                view! {
                                    <label for="c-day">{t!(i18n, cases.book_day)}</label>
                                    <select id="c-day" name="day_id">
                                        {days.into_iter().map(|day| {
                                            let label = format!("{} · {} · {}", format::date(l, day.date), day.centre.tr(l), crate::labels::district_name(l, day.district));
                                            view! { <option value=day.id.to_string()>{label}</option> }
                                        }).collect_view()}
                                    </select>
                                    <button type="submit" class="button">{t!(i18n, cases.book_button)}</button>
                                }.into_any()
                            }}
                        </form>
                    })}
                    <form method="post" action=CloseCase::PATH class="form panel">
                        <h3>{t!(i18n, cases.close_heading)}</h3>
                        <input type="hidden" name="id" value=id4/>
                        <label for="c-outcome">{t!(i18n, cases.outcome)}</label>
                        <select id="c-outcome" name="outcome"
                            aria-invalid=invalid("outcome") aria-describedby=described("outcome", None, "c-outcome-error")>
                            {CaseOutcome::all().map(|o| view! { <option value=o.as_str()>{outcome_label(l, o)}</option> }).collect_view()}
                        </select>
                        <FieldError error field="outcome" id="c-outcome-error"/>
                        <label for="c-close-note">{t!(i18n, cases.note)}</label>
                        <textarea id="c-close-note" name="note" maxlength="500" rows="2"></textarea>
                        <button type="submit" class="button secondary">{t!(i18n, cases.close_button)}</button>
                    </form>
                </div>
            }
        })}
        <h2>{t!(i18n, cases.history_heading)}</h2>
        <ol class="history">
            {d.events.iter().map(|e| {
                let what = event_label(l, e.kind);
                let how = e.method.map(|m| method_label(l, m));
                let reached = e.reached.map(|r| if r { td_string!(l, cases.reached) } else { td_string!(l, cases.not_reached) });
                view! {
                    <li>
                        <strong>{format::date(l, e.on)}</strong> " · " {what}
                        {how.map(|h| view! { " · " {h} })}
                        {reached.map(|r| view! { " · " {r} })}
                        {e.by.clone().map(|b| view! { " · " {b} })}
                        {(!e.note.is_empty()).then(|| view! { <br/><span class="small">{e.note.clone()}</span> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// Why no joint assessment can be booked for a case, in words; `None` when the
/// triage advises one.
pub(crate) fn triage_explained(l: Locale, t: &domain::booking::TriageOutcome) -> Option<String> {
    use domain::booking::TriageOutcome as T;
    match t {
        T::JointAssessment { .. } => None,
        T::SingleSpecialty { clinic, .. } => {
            let clinic = crate::labels::clinic_label(l, *clinic);
            Some(td_string!(l, cases.book_single, clinic = clinic).to_string())
        }
        T::NoConcern => Some(td_string!(l, booking.outcome_none).to_string()),
        T::NotEligible(i) => Some(crate::labels::ineligible_text(l, i)),
    }
}
