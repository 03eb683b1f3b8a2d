//! The county's certification page: the criteria, the applications to review, the certificates.

use super::parts::*;
use crate::components::certification_level_label;
use crate::labels::*;
use crate::server_fns::certification::{PublishCriteria, ReviewApplication, RevokeCertificate, county_certification};
use crate::types::{ApplicationView, CriteriaView};
use domain::Named;
use domain::meals::certificate::{ApplicationStatus, Level};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format::Localized;
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

pub(crate) fn review_form(l: Locale, a: &ApplicationView) -> impl IntoView + use<> {
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

pub(crate) fn criteria_form(l: Locale, c: Option<CriteriaView>) -> impl IntoView + use<> {
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
