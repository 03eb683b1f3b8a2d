//! The slow-food restaurant certification's pages: a restaurant's
//! application (`/meals/certification`), the county's review
//! (`/county/certification`), the public directory (`/certified`) and the
//! check of a certificate (`/verify`).

use crate::components::certification_level_label;
use crate::server_fns::certification::{
    ApplyCertification, PublishCriteria, RemoveEvidence, ReviewApplication, RevokeCertificate, certified_restaurants,
    county_certification, my_certification, verify_certificate,
};
use crate::types::{ApplicationView, CertificateView, CriteriaView, OutcomeView};
use domain::Named;
use domain::meals::certificate::{ApplicationStatus, CertificateState, Level};
use domain::meals::certification::Criterion;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, FieldError, described_by, field_invalid, posted_error};
use platform::format::{Localized, kg, place};
use platform::layout::{Listed, Loaded, TableRegion};
use server_fn::ServerFn;

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

pub fn criterion_label(l: Locale, c: Criterion) -> &'static str {
    match c {
        Criterion::AverageFootprint => td_string!(l, meals.crit_average),
        Criterion::LocalShare => td_string!(l, meals.crit_local),
        Criterion::CertifiedShare => td_string!(l, meals.crit_certified),
        Criterion::SeasonalMenu => td_string!(l, meals.crit_seasonal),
        Criterion::WasteMeasures => td_string!(l, meals.crit_waste),
        Criterion::ReusablePackaging => td_string!(l, meals.crit_packaging),
    }
}

/// What the restaurant shows and what the criterion asks.
fn figures(l: Locale, o: &OutcomeView) -> (String, String) {
    let none = || td_string!(l, meals.crit_none).to_owned();
    match o.criterion {
        Criterion::AverageFootprint => (
            o.value.map(|v| format!("{} kg", kg(v))).unwrap_or_else(none),
            td_string!(l, meals.crit_at_most, bound = format!("{} kg", kg(o.bound))).to_string(),
        ),
        Criterion::LocalShare | Criterion::CertifiedShare => (
            o.value.map(pct).unwrap_or_else(none),
            td_string!(l, meals.crit_at_least, bound = pct(o.bound)).to_string(),
        ),
        Criterion::SeasonalMenu => (
            o.value.map(|v| format!("{v:.0}")).unwrap_or_else(none),
            td_string!(l, meals.crit_at_least, bound = format!("{:.0}", o.bound)).to_string(),
        ),
        Criterion::WasteMeasures | Criterion::ReusablePackaging => (
            if o.met {
                td_string!(l, meals.crit_declared)
            } else {
                td_string!(l, meals.crit_not_declared)
            }
            .to_owned(),
            td_string!(l, meals.crit_required).to_owned(),
        ),
    }
}

/// The criteria with the restaurant's figures: met or not, in words.
#[component]
fn Outcomes(outcomes: Vec<OutcomeView>, caption: String) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <TableRegion>
            <table class="outcomes">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, meals.crit_criterion)}</th>
                    <th scope="col">{t!(i18n, meals.crit_value)}</th>
                    <th scope="col">{t!(i18n, meals.crit_bound)}</th>
                </tr></thead>
                <tbody>
                    {outcomes.iter().map(|o| {
                        let (value, bound) = figures(l, o);
                        view! {
                            <tr>
                                <th scope="row">
                                    {criterion_label(l, o.criterion)} <br/>
                                    {if o.met {
                                        view! { <span class="badge approved">{td_string!(l, meals.crit_met)}</span> }.into_any()
                                    } else {
                                        view! { <span class="badge suspended">{td_string!(l, meals.crit_not_met)}</span> }.into_any()
                                    }}
                                </th>
                                <td>{value}</td>
                                <td>{bound}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}

pub fn status_label(l: Locale, s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Submitted => td_string!(l, meals.app_submitted),
        ApplicationStatus::ChangesRequested => td_string!(l, meals.app_changes_requested),
        ApplicationStatus::Approved => td_string!(l, meals.app_approved),
        ApplicationStatus::Rejected => td_string!(l, meals.app_rejected),
    }
}

fn step_label(l: Locale, action: &str) -> String {
    match ApplicationStatus::parse(action) {
        Some(s) => status_label(l, s).to_owned(),
        None => match action {
            "resubmitted" => td_string!(l, meals.step_resubmitted).to_owned(),
            "revoked" => td_string!(l, meals.step_revoked).to_owned(),
            other => other.to_owned(),
        },
    }
}

pub fn state_label(l: Locale, s: CertificateState) -> &'static str {
    match s {
        CertificateState::Valid => td_string!(l, meals.cert_state_valid),
        CertificateState::Expired => td_string!(l, meals.cert_state_expired),
        CertificateState::Revoked => td_string!(l, meals.cert_state_revoked),
        CertificateState::Replaced => td_string!(l, meals.cert_state_replaced),
    }
}

/// The steps of an application, oldest first.
#[component]
fn Steps(a: ApplicationView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <ol class="steps small">
            {a.steps.iter().map(|s| view! {
                <li>
                    {platform::format::instant(s.at)} " " {step_label(l, &s.action)}
                    {(!s.note.is_empty()).then(|| format!(": {}", s.note))}
                </li>
            }).collect_view()}
        </ol>
    }
}

fn topic_label(l: Locale, t: domain::meals::certificate::EvidenceTopic) -> &'static str {
    match t {
        domain::meals::certificate::EvidenceTopic::Waste => td_string!(l, meals.crit_waste),
        domain::meals::certificate::EvidenceTopic::Packaging => td_string!(l, meals.crit_packaging),
    }
}

/// Links to the photos and documents (with a button to take one back while
/// it waits for the next application).
#[component]
fn EvidenceList(files: Vec<crate::types::EvidenceView>, #[prop(optional)] removable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    (!files.is_empty()).then(|| view! {
        <ul class="evidence small" data-testid="evidence">
            {files.into_iter().map(|f| {
                let kb = (f.size as f64 / 1024.0).ceil();
                let name = f.file_name.clone();
                view! {
                    <li>
                        <a href=format!("/evidence/{}", f.id) target="_blank" rel="noopener">{f.file_name.clone()}</a>
                        " (" {topic_label(l, f.topic)} ", " {format!("{kb:.0} KB")} ")"
                        {removable.then(|| view! {
                            " "
                            <form method="post" action=RemoveEvidence::PATH class="inline-form">
                                <input type="hidden" name="evidence" value=f.id.to_string()/>
                                <button type="submit" class="link-button" aria-label=td_string!(l, meals.evidence_remove_named, name = name).to_string()>
                                    {td_string!(l, meals.evidence_remove)}
                                </button>
                            </form>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}

/// The form that sends a photo or document (a plain multipart form).
#[component]
fn EvidenceForm() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let refused = use_query_map()
        .with_untracked(|q| q.get("evidence_error"))
        .and_then(|e| domain::meals::certificate::EvidenceRefusal::parse(&e));
    let message = refused.map(|r| {
        use domain::meals::certificate::EvidenceRefusal as R;
        match r {
            R::Empty => td_string!(l, meals.evidence_empty),
            R::TooLarge => td_string!(l, meals.evidence_too_large),
            R::NotAccepted => td_string!(l, meals.evidence_not_accepted),
            R::TooMany => td_string!(l, meals.evidence_too_many),
        }
    });
    view! {
        <form method="post" action="/meals/certification/evidence" enctype="multipart/form-data" class="form">
            {message.map(|m| view! { <p class="error" role="alert" id="evidence-error">{m}</p> })}
            <label for="topic">{t!(i18n, meals.evidence_topic)}</label>
            <select id="topic" name="topic" class="field">
                {domain::meals::certificate::EvidenceTopic::all().map(|t| view! { <option value=t.as_str()>{topic_label(l, t)}</option> }).collect_view()}
            </select>
            <label for="evidence-file">{t!(i18n, meals.evidence_file)}</label>
            <p class="hint" id="evidence-file-hint">{t!(i18n, meals.evidence_hint)}</p>
            <input id="evidence-file" name="file" type="file" required accept="image/jpeg,image/png,application/pdf"
                aria-describedby="evidence-file-hint" aria-invalid=refused.is_some().then_some("true")/>
            <button type="submit" class="button secondary">{t!(i18n, meals.evidence_send)}</button>
        </form>
    }
}

/// A certificate's facts, as on the verification page.
#[component]
pub fn CertificateFacts(c: CertificateView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let class = if c.state == CertificateState::Valid {
        "badge approved"
    } else {
        "badge suspended"
    };
    view! {
        <dl class="facts" data-testid="certificate">
            <dt>{t!(i18n, meals.cert_number)}</dt><dd>{c.number.clone()}</dd>
            <dt>{t!(i18n, meals.restaurant)}</dt><dd>{c.restaurant.tr(l)} " (" {place(l, c.township)} ")"</dd>
            <dt>{t!(i18n, meals.cert_level)}</dt><dd>{certification_level_label(l, c.level)}</dd>
            <dt>{t!(i18n, meals.cert_validity)}</dt>
            <dd>{td_string!(l, meals.cert_validity_range, from = platform::format::date(l, c.issued), to = platform::format::date(l, c.expires)).to_string()}</dd>
            <dt>{t!(i18n, meals.cert_state)}</dt><dd><span class=class>{state_label(l, c.state)}</span></dd>
        </dl>
    }
}

/// `/meals/certification`: the restaurant's figures, its application and certificate.
#[component]
pub fn MyCertificationPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| my_certification());
    let error = posted_error::<ApplyCertification>().or_else(posted_error::<RemoveEvidence>);
    let done = use_query_map()
        .with_untracked(|q| q.get("done"))
        .filter(|_| error.is_none());
    let typed = platform::error::typed_back::<ApplyCertification>();
    let err = Signal::stored(error);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.my_cert_title).to_string()/>
        <h1>{t!(i18n, meals.my_cert_heading)}</h1>
        <p>{t!(i18n, meals.my_cert_intro)}</p>
        {done.map(|d| {
            let l = i18n.get_locale_untracked();
            let text = match d.as_str() {
                "evidence" => td_string!(l, meals.evidence_sent),
                "removed" => td_string!(l, meals.evidence_removed),
                _ => td_string!(l, meals.cert_applied),
            };
            view! { <p class="success" role="status">{text}</p> }
        })}
        <Loaded data let:d>
            {
                let l = i18n.get_locale_untracked();
                let typed = typed.clone();
                let seasonal = typed.or("seasonal_changes", d.declaration.seasonal_changes.to_string());
                let waste = typed.or("waste_evidence", d.declaration.waste_evidence.clone());
                let packaging = typed.or("packaging_evidence", d.declaration.packaging_evidence.clone());
                view! {
                    {d.certificate.clone().map(|c| {
                        let due = c.renewal_due;
                        view! {
                            <section class="panel" aria-labelledby="my-cert">
                                <h2 id="my-cert">{t!(i18n, meals.my_cert_current)}</h2>
                                <CertificateFacts c=c.clone()/>
                                {due.then(|| view! { <p class="notice">{t!(i18n, meals.cert_renewal_due)}</p> })}
                                <p><a href=format!("/verify?number={}", c.number)>{t!(i18n, meals.cert_verify_link)}</a></p>
                            </section>
                        }
                    })}
                    {match d.criteria.clone() {
                        None => view! { <p>{t!(i18n, meals.cert_no_criteria)}</p> }.into_any(),
                        Some(c) => view! {
                            <Outcomes outcomes=d.outcomes.clone()
                                caption=td_string!(l, meals.my_cert_today, n = c.edition).to_string()/>
                        }.into_any(),
                    }}
                    {d.applications.first().cloned().map(|a| view! {
                        <section aria-labelledby="my-app">
                            <h2 id="my-app">{t!(i18n, meals.my_cert_application)}</h2>
                            <p data-testid="application-status">
                                <strong>{status_label(l, a.status)}</strong>
                                {(!a.decision_note.is_empty()).then(|| view! { ": " {a.decision_note.clone()} })}
                            </p>
                            <Steps a=a.clone()/>
                            <EvidenceList files=a.evidence.clone()/>
                        </section>
                    })}
                    {d.can_apply.then(|| view! {
                        <section aria-labelledby="apply">
                            <h2 id="apply">{t!(i18n, meals.cert_apply_heading)}</h2>
                            <p>{t!(i18n, meals.cert_apply_intro)}</p>
                            <h3>{t!(i18n, meals.evidence_heading)}</h3>
                            <EvidenceList files=d.pending_evidence.clone() removable=true/>
                            <EvidenceForm/>
                            <h3>{t!(i18n, meals.cert_declaration_heading)}</h3>
                            <form method="post" action=ApplyCertification::PATH class="form">
                                <ErrorText error=err/>
                                <label for="seasonal_changes">{t!(i18n, meals.cert_seasonal_label)}</label>
                                <input id="seasonal_changes" name="seasonal_changes" type="number" min="0" max="12" required value=seasonal.clone()
                                    aria-invalid=field_invalid(err, "seasonal_changes")
                                    aria-describedby=described_by(err, "seasonal_changes", None, "seasonal_changes-error")/>
                                <FieldError error=err field="seasonal_changes" id="seasonal_changes-error"/>
                                <label for="waste_evidence">{t!(i18n, meals.cert_waste_label)}</label>
                                <p class="hint" id="evidence-hint">{t!(i18n, meals.cert_evidence_hint)}</p>
                                <textarea id="waste_evidence" name="waste_evidence" rows="3" maxlength="1000"
                                    aria-describedby="evidence-hint">{waste.clone()}</textarea>
                                <FieldError error=err field="waste_evidence" id="waste_evidence-error"/>
                                <label for="packaging_evidence">{t!(i18n, meals.cert_packaging_label)}</label>
                                <textarea id="packaging_evidence" name="packaging_evidence" rows="3" maxlength="1000"
                                    aria-describedby="evidence-hint">{packaging.clone()}</textarea>
                                <button type="submit" class="button">{t!(i18n, meals.cert_apply_button)}</button>
                            </form>
                        </section>
                    })}
                }
            }
        </Loaded>
    }
}

fn review_form(l: Locale, a: &ApplicationView) -> impl IntoView + use<> {
    let id = a.id.to_string();
    let name = a.restaurant.tr(l);
    let (lid, rid) = (format!("level-{id}"), format!("reason-{id}"));
    view! {
        <form method="post" action=ReviewApplication::PATH class="form review-form">
            <input type="hidden" name="application" value=id.clone()/>
            <fieldset>
                <legend>{td_string!(l, meals.review_legend, name = name).to_string()}</legend>
                <label for=lid.clone()>{td_string!(l, meals.cert_level)}</label>
                <select id=lid name="level" class="field">
                    <option value="">{td_string!(l, meals.review_level_choose)}</option>
                    {Level::all().map(|x| view! { <option value=x.as_str()>{certification_level_label(l, x)}</option> }).collect_view()}
                </select>
                <label for=rid.clone()>{td_string!(l, meals.review_reason)}</label>
                <textarea id=rid name="reason" rows="2" maxlength="1000"></textarea>
                <div class="button-row">
                    <button type="submit" name="review" value="approve" class="button">{td_string!(l, meals.review_approve)}</button>
                    <button type="submit" name="review" value="request_changes" class="button secondary">{td_string!(l, meals.review_changes)}</button>
                    <button type="submit" name="review" value="reject" class="button danger">{td_string!(l, meals.review_reject)}</button>
                </div>
            </fieldset>
        </form>
    }
}

fn criteria_form(l: Locale, c: Option<CriteriaView>) -> impl IntoView + use<> {
    let c = c.map(|c| c.criteria);
    let v = |f: fn(&domain::meals::certification::Criteria) -> String, d: &str| {
        c.as_ref().map(f).unwrap_or_else(|| d.to_owned())
    };
    view! {
        <form method="post" action=PublishCriteria::PATH class="form">
            <label for="max_average_kg">{td_string!(l, meals.crit_form_average)}</label>
            <input id="max_average_kg" name="max_average_kg" type="number" step="0.01" min="0.01" max="20" required
                value=v(|c| c.max_average_kg.to_string(), "1.2")/>
            <label for="min_local_percent">{td_string!(l, meals.crit_form_local)}</label>
            <input id="min_local_percent" name="min_local_percent" type="number" step="1" min="0" max="100" required
                value=v(|c| format!("{:.0}", c.min_local_share * 100.0), "50")/>
            <label for="min_certified_percent">{td_string!(l, meals.crit_form_certified)}</label>
            <input id="min_certified_percent" name="min_certified_percent" type="number" step="1" min="0" max="100" required
                value=v(|c| format!("{:.0}", c.min_certified_share * 100.0), "20")/>
            <label for="min_seasonal_changes">{td_string!(l, meals.crit_form_seasonal)}</label>
            <input id="min_seasonal_changes" name="min_seasonal_changes" type="number" step="1" min="0" max="12" required
                value=v(|c| c.min_seasonal_changes.to_string(), "2")/>
            <label class="choice"><input type="checkbox" name="waste_measures" value="on"
                checked=c.as_ref().is_none_or(|c| c.waste_measures)/> {td_string!(l, meals.crit_waste)}</label>
            <label class="choice"><input type="checkbox" name="reusable_packaging" value="on"
                checked=c.as_ref().is_none_or(|c| c.reusable_packaging)/> {td_string!(l, meals.crit_packaging)}</label>
            <label for="criteria_note">{td_string!(l, meals.crit_form_note)}</label>
            <input id="criteria_note" name="note" type="text" required maxlength="500"/>
            <button type="submit" class="button">{td_string!(l, meals.crit_form_publish)}</button>
        </form>
    }
}

/// `/county/certification`: the county reviews applications, revokes
/// certificates and publishes the criteria.
#[component]
pub fn CountyCertificationPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| county_certification());
    let error = posted_error::<ReviewApplication>()
        .or_else(posted_error::<RevokeCertificate>)
        .or_else(posted_error::<PublishCriteria>);
    let done = use_query_map()
        .with_untracked(|q| q.get("done"))
        .filter(|_| error.is_none());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.county_cert_title).to_string()/>
        <h1>{t!(i18n, meals.county_cert_heading)}</h1>
        {done.map(|_| view! { <p class="success" role="status">{t!(i18n, meals.county_cert_done)}</p> })}
        <ErrorText error=Signal::stored(error)/>
        <Loaded data let:d>
            {
                let l = i18n.get_locale_untracked();
                let waiting = d.applications.iter().filter(|a| a.status == ApplicationStatus::Submitted).count();
                let due = d.certificates.iter().filter(|c| c.renewal_due).count();
                view! {
                    <p role="status">{td_string!(l, meals.county_cert_summary, waiting = waiting, certified = d.certificates.len(), due = due).to_string()}</p>
                    <h2>{t!(i18n, meals.county_cert_applications)}</h2>
                    {if d.applications.is_empty() {
                        view! { <p>{t!(i18n, meals.county_cert_no_applications)}</p> }.into_any()
                    } else {
                        d.applications.iter().map(|a| {
                            let open = a.status == ApplicationStatus::Submitted;
                            view! {
                                <article class="card application" data-application=a.id>
                                    <h3>{a.restaurant.tr(l)} " · " {status_label(l, a.status)}</h3>
                                    <p class="small">{td_string!(l, meals.county_cert_submitted, at = platform::format::instant(a.submitted_at), n = a.criteria_edition).to_string()}</p>
                                    <Outcomes outcomes=a.outcomes.clone() caption=td_string!(l, meals.county_cert_figures).to_string()/>
                                    <details>
                                        <summary>{t!(i18n, meals.county_cert_declaration)}</summary>
                                        <p>{td_string!(l, meals.cert_seasonal_label)} ": " {a.declaration.seasonal_changes}</p>
                                        <p>{td_string!(l, meals.cert_waste_label)} ": " {a.declaration.waste_evidence.clone()}</p>
                                        <p>{td_string!(l, meals.cert_packaging_label)} ": " {a.declaration.packaging_evidence.clone()}</p>
                                    </details>
                                    <Steps a=a.clone()/>
                                    <EvidenceList files=a.evidence.clone()/>
                                    {open.then(|| review_form(l, a))}
                                </article>
                            }
                        }).collect_view().into_any()
                    }}
                    <h2>{t!(i18n, meals.county_cert_certificates)}</h2>
                    <TableRegion>
                        <table>
                            <thead><tr>
                                <th scope="col">{t!(i18n, meals.cert_number)}</th>
                                <th scope="col">{t!(i18n, meals.restaurant)}</th>
                                <th scope="col">{t!(i18n, meals.cert_level)}</th>
                                <th scope="col">{t!(i18n, meals.cert_validity)}</th>
                                <th scope="col">{t!(i18n, common.actions)}</th>
                            </tr></thead>
                            <tbody>
                                {d.certificates.iter().map(|c| {
                                    let id = c.id.to_string();
                                    let rid = format!("revoke-{id}");
                                    view! {
                                        <tr>
                                            <th scope="row">{c.number.clone()}</th>
                                            <td>{c.restaurant.tr(l)}</td>
                                            <td>{certification_level_label(l, c.level)}</td>
                                            <td>
                                                {td_string!(l, meals.cert_validity_range, from = platform::format::date(l, c.issued), to = platform::format::date(l, c.expires)).to_string()}
                                                {c.renewal_due.then(|| view! { <br/><span class="badge pending">{td_string!(l, meals.cert_renewal_badge)}</span> })}
                                            </td>
                                            <td>
                                                <details class="confirm">
                                                    <summary class="button danger">{td_string!(l, meals.cert_revoke)}</summary>
                                                    <form method="post" action=RevokeCertificate::PATH class="form">
                                                        <input type="hidden" name="certificate" value=id/>
                                                        <label for=rid.clone()>{td_string!(l, meals.cert_revoke_reason, number = c.number.clone()).to_string()}</label>
                                                        <textarea id=rid name="reason" required rows="2" maxlength="1000"></textarea>
                                                        <button type="submit" class="button danger">{td_string!(l, meals.suspend_confirm)}</button>
                                                    </form>
                                                </details>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                    <details class="panel">
                        <summary><h2 class="inline">{td_string!(l, meals.crit_form_heading, n = d.criteria.as_ref().map(|c| c.edition).unwrap_or(0)).to_string()}</h2></summary>
                        {criteria_form(l, d.criteria.clone())}
                    </details>
                }
            }
        </Loaded>
    }
}

/// `/certified`: the public directory of certified restaurants, by township and level.
#[component]
pub fn CertifiedPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| certified_restaurants());
    let (township, level) = use_query_map().with_untracked(|q| {
        (
            q.get("township").unwrap_or_default(),
            q.get("level").unwrap_or_default(),
        )
    });
    let l = i18n.get_locale_untracked();
    let (t2, l2) = (township.clone(), level.clone());
    view! {
        <Title text=td_string!(l, meals.certified_title).to_string()/>
        <h1>{t!(i18n, meals.certified_heading)}</h1>
        <p>{t!(i18n, meals.certified_intro)} " " <a href="/verify">{t!(i18n, meals.cert_verify_link)}</a></p>
        <form method="get" action="/certified" class="filters row" role="search">
            <span>
                <label for="township">{t!(i18n, meals.filter_township)}</label>
                <select id="township" name="township" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    {domain::meals::Township::all().map(|p| view! {
                        <option value=p.as_str() selected=p.as_str() == township>{place(l, p)}</option>
                    }).collect_view()}
                </select>
            </span>
            <span>
                <label for="level">{t!(i18n, meals.cert_level)}</label>
                <select id="level" name="level" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    {Level::all().map(|x| view! {
                        <option value=x.as_str() selected=x.as_str() == level>{certification_level_label(l, x)}</option>
                    }).collect_view()}
                </select>
            </span>
            <span class="filters-submit"><button type="submit" class="button secondary">{t!(i18n, meals.filter_apply)}</button></span>
        </form>
        <Listed list empty=move || view! { <p>{t!(i18n, meals.certified_none)}</p> } let:rows>
            {
                let rows: Vec<_> = rows
                    .into_iter()
                    .filter(|c| t2.is_empty() || c.township.as_str() == t2)
                    .filter(|c| l2.is_empty() || c.level.as_str() == l2)
                    .collect();
                view! {
                    <p role="status">{td_string!(l, meals.directory_count, n = rows.len()).to_string()}</p>
                    <div class="cards">
                        {rows.into_iter().map(|c| view! {
                            <article class="card">
                                <h2>{c.restaurant.tr(l)}</h2>
                                <p class="small">{place(l, c.township)} " · " <span class="badge certified">{certification_level_label(l, c.level)}</span></p>
                                <p class="small">{td_string!(l, meals.cert_number)} " " {c.number.clone()} " · "
                                    {td_string!(l, meals.cert_valid_until, date = platform::format::date(l, c.expires)).to_string()}</p>
                                <p class="card-actions">
                                    <a href=format!("/meals#restaurant-{}", c.restaurant_id)>{t!(i18n, meals.certified_menu)}</a>
                                    <a href=format!("/verify?number={}", c.number)>{t!(i18n, meals.cert_verify_link)}</a>
                                </p>
                            </article>
                        }).collect_view()}
                    </div>
                }
            }
        </Listed>
    }
}

/// `/verify?number=...`: anyone checks a certificate (the label's QR code opens it).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let number = use_query_map().with_untracked(|q| q.get("number").unwrap_or_default());
    let asked = !number.trim().is_empty();
    let n2 = number.clone();
    let result = Resource::new(
        move || n2.clone(),
        |n| async move {
            if n.trim().is_empty() {
                Ok(None)
            } else {
                verify_certificate(n).await.map(Some)
            }
        },
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.verify_title).to_string()/>
        <h1>{t!(i18n, meals.verify_heading)}</h1>
        <form method="get" action="/verify" class="form narrow" role="search">
            <label for="number">{t!(i18n, meals.cert_number)}</label>
            <input id="number" name="number" type="text" maxlength="40" value=number.clone() placeholder="TTSF-2026-00001" autocomplete="off"/>
            <button type="submit" class="button">{t!(i18n, meals.verify_button)}</button>
        </form>
        {asked.then(|| view! {
            <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
                {move || Suspend::new(async move {
                    match result.await {
                        Ok(Some(c)) => view! { <CertificateFacts c/> }.into_any(),
                        _ => view! { <p class="error" role="alert">{t!(i18n, meals.verify_not_found)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        })}
    }
}
