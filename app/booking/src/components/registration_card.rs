//! A registration as its family sees it, with cancel, reschedule and the
//! calendar file; made on the server. Cancelling asks for confirmation in a
//! disclosure (`<details>`), and rescheduling opens the calendar on the same
//! page; both are form posts, so they work without JavaScript.

use super::calendar::{Calendar, Choose};
use super::session_plan::SessionPlanList;
use crate::labels::{service_label, service_meaning, status_label};
use crate::server_fns::family::{CancelFound, CancelMine, RescheduleFound, RescheduleMine};
use crate::types::{RegistrationView, ReportView};
use domain::Named;
use domain::booking::registration::FamilyChange;
use i18n::*;
use leptos::prelude::*;
use platform::format::{self, Localized};
use server_fn::ServerFn;

/// When and where the assessment is: the rows of a `<dl class="facts">`,
/// shown on the card and on the page that confirms a new booking.
#[component]
pub fn VisitFacts(v: RegistrationView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <dt>{t!(i18n, booking.date)}</dt>
        <dd>{format::date(l, v.date)}</dd>
        <dt>{t!(i18n, booking.checkin)}</dt>
        <dd>{v.checkin_time.clone()}</dd>
        <dt>{t!(i18n, booking.centre)}</dt>
        <dd>{v.centre.tr(l)}</dd>
        <dt>{t!(i18n, booking.address)}</dt>
        <dd>{v.address.tr(l)}</dd>
        // What the day holds, before the visit.
        {(!v.sessions.is_empty() && v.status.is_active()).then(|| view! {
            <dt>{t!(i18n, booking.day_plan)}</dt>
            <dd><SessionPlanList sessions=v.sessions.clone()/></dd>
        })}
    }
}

/// How the family reached the registration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CardMode {
    /// Found by reference and birth date (kept in a sealed cookie).
    Found,
    /// In the parent's account.
    Mine,
}

impl CardMode {
    /// The page the card is on.
    fn base(self) -> &'static str {
        match self {
            CardMode::Found => "/ei/inquiry",
            CardMode::Mine => "/ei/my",
        }
    }
}

#[component]
pub fn RegistrationCard(
    view: RegistrationView,
    mode: CardMode,
    today: chrono::NaiveDate,
    /// Whether the page asks to move this registration (shows the calendar).
    rescheduling: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let v = view;
    let id = v.id;
    let ics = match mode {
        CardMode::Found => view! {
            <form method="post" action="/ei/ics" class="inline-form">
                <input type="hidden" name="reference" value=v.reference.clone()/>
                <input type="hidden" name="birth_date" value=v.birth_date.to_string()/>
                <button type="submit" class="button secondary">{t!(i18n, booking.download_ics)}</button>
            </form>
        }
        .into_any(),
        CardMode::Mine => view! {
            <a class="button secondary" href=format!("/ei/my/{id}/ics") download="assessment.ics">
                {t!(i18n, booking.download_ics)}
            </a>
        }
        .into_any(),
    };
    let (cancel_action, id_field) = match mode {
        CardMode::Found => (CancelFound::PATH, None),
        CardMode::Mine => (CancelMine::PATH, Some(id)),
    };
    let reschedule_href = match mode {
        CardMode::Found => "/ei/inquiry?reschedule=1#calendar".to_string(),
        CardMode::Mine => format!("/ei/my?reschedule={id}#calendar"),
    };
    // What to bring and the calendar file serve a visit still to come.
    let active = matches!(
        v.status,
        domain::booking::RegistrationStatus::Submitted | domain::booking::RegistrationStatus::Confirmed
    );
    let changeable = v.changeable;
    let calendar = (changeable && rescheduling).then(|| {
        let choose = match mode {
            CardMode::Found => Choose {
                action: RescheduleFound::PATH,
                day_field: "new_day_id",
                hidden: Vec::new(),
            },
            CardMode::Mine => Choose {
                action: RescheduleMine::PATH,
                day_field: "new_day_id",
                hidden: vec![("id", id.to_string())],
            },
        };
        let keep = vec![(
            "reschedule",
            match mode {
                CardMode::Found => "1".to_string(),
                CardMode::Mine => id.to_string(),
            },
        )];
        let birth = Some(v.birth_date);
        view! {
            <section class="panel">
                <h4>{t!(i18n, booking.reschedule_heading)}</h4>
                <p>{t!(i18n, booking.reschedule_intro)}</p>
                <Calendar today window=None birth base=mode.base() keep choose exclude=v.clinic_day_id/>
                <p><a href=mode.base()>{t!(i18n, common.back)}</a></p>
            </section>
        }
    });
    view! {
        <article class="card registration" aria-labelledby=format!("reg-{id}")>
            <h3 id=format!("reg-{id}")>{t!(i18n, booking.reference)} ": " <span class="reference">{v.reference.clone()}</span></h3>
            <dl class="facts">
                <dt>{t!(i18n, booking.status)}</dt>
                <dd class="status">{status_label(l, v.status)}</dd>
                <dt>{t!(i18n, booking.child)}</dt>
                <dd>{v.child_name.clone()}</dd>
                <VisitFacts v=v.clone()/>
                <dt>{t!(i18n, booking.phone_label)}</dt>
                <dd>{v.centre_phone.clone()}</dd>
            </dl>
            {v.report.clone().map(|r| view! { <ReportFacts r id/> })}
            {active.then(|| view! {
                <h4>{t!(i18n, booking.what_to_bring_heading)}</h4>
                <p>{t!(i18n, booking.what_to_bring)}</p>
            })}
            <div class="button-row">
                {active.then_some(ics)}
                {(changeable && !rescheduling).then(|| view! {
                    <a class="button secondary" href=reschedule_href>{t!(i18n, booking.reschedule)}</a>
                })}
            </div>
            {changeable.then(|| view! {
                <details class="confirm">
                    <summary class="button danger">{t!(i18n, booking.cancel_booking)}</summary>
                    <div class="notice" role="group" aria-label=t_string!(i18n, booking.cancel_booking)>
                        <p>{t!(i18n, booking.cancel_confirm)}</p>
                        <form method="post" action=cancel_action class="inline-form">
                            {id_field.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
                            <button type="submit" class="button danger">{t!(i18n, booking.cancel_yes)}</button>
                        </form>
                    </div>
                </details>
            })}
            {calendar}
        </article>
    }
}

/// The team's report: its dates, what it recommends and what each service
/// means, and from when the re-assessment may be booked.
#[component]
fn ReportFacts(r: ReportView, id: domain::ids::RegistrationId) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let ReportView {
        report,
        rebook_from,
        district,
    } = r;
    let services: Vec<_> = report.services.iter().copied().collect();
    view! {
        <section class="report" aria-labelledby=format!("report-{id}")>
            <h4 id=format!("report-{id}")>{t!(i18n, booking.report_heading)}</h4>
            <dl class="facts">
                <dt>{t!(i18n, booking.report_written_on)}</dt>
                <dd>{format::date(l, report.written_on)}</dd>
                <dt>{t!(i18n, booking.report_reassess_on)}</dt>
                <dd>{format::date(l, report.reassess_on)}</dd>
            </dl>
            <p>{td_string!(l, booking.report_rebook_from, date = format::date(l, rebook_from)).to_string()}</p>
            {(!report.services.is_empty()).then(|| view! {
                <p>{t!(i18n, booking.report_services)}</p>
                <ul>
                    {report.services.iter().map(|s| view! {
                        <li><strong>{service_label(l, *s)}</strong> ": " {service_meaning(l, *s)}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!report.note.is_empty()).then(|| view! {
                <p>{t!(i18n, booking.report_note)} ": " {report.note.clone()}</p>
            })}
            {(!services.is_empty()).then(|| view! { <Providers district services=services.clone()/> })}
        </section>
    }
}

/// Therapy providers offering the recommended services, nearest first.
#[component]
fn Providers(district: domain::booking::District, services: Vec<domain::booking::report::Service>) -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(
        move || (district, services.clone()),
        |(district, services)| crate::server_fns::public::therapy_providers(district, services),
    );
    view! {
        <h5>{t!(i18n, booking.providers_heading)}</h5>
        <platform::layout::Listed list empty=move || view! { <p>{t!(i18n, booking.providers_none)}</p> } let:rows>
            {
                let l = i18n.get_locale_untracked();
                view! {
                    <ul class="providers">
                        {rows.into_iter().map(|p| {
                            let services = p.services.iter().map(|s| service_label(l, *s)).collect::<Vec<_>>()
                                .join(td_string!(l, booking.list_separator));
                            view! {
                                <li>
                                    <strong>{p.name.tr(l)}</strong>
                                    {p.demo.then(|| view! { " " <span class="badge demo">{t!(i18n, common.demo_badge)}</span> })}
                                    <br/>{crate::labels::district_name(l, p.district)} " · " {p.address.tr(l)} " · "
                                    <a href=format!("tel:{}", p.phone)>{p.phone.clone()}</a>
                                    <br/><span class="small">{services}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            }
        </platform::layout::Listed>
    }
}

/// What the family's last change did, announced above the booking (`?done=` on the page).
#[component]
pub fn ChangeNotice() -> impl IntoView {
    let i18n = use_i18n();
    let done = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("done"));
    done.as_deref()
        .and_then(FamilyChange::parse)
        .map(|change| match change {
            FamilyChange::Cancelled => t_string!(i18n, booking.cancelled_notice),
            FamilyChange::Rescheduled => t_string!(i18n, booking.rescheduled_notice),
        })
        .map(|text| view! { <p class="success" role="status">{text}</p> })
}
