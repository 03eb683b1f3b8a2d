//! Pieces of the certification pages: outcomes, steps, evidence, a certificate's facts.

use super::figures::*;
use crate::components::certification_level_label;
use crate::labels::*;
use crate::server_fns::certification::RemoveEvidence;
use crate::types::{ApplicationView, CertificateView, OutcomeView};
use domain::Named;
use domain::meals::certificate::CertificateState;
use i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use platform::format::Localized;
use platform::layout::TableRegion;
use server_fn::ServerFn;

/// The criteria with the restaurant's figures: met or not, in words.
#[component]
pub(crate) fn Outcomes(outcomes: Vec<OutcomeView>, caption: String) -> impl IntoView {
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

/// The steps of an application, oldest first.
#[component]
pub(crate) fn Steps(a: ApplicationView) -> impl IntoView {
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

/// Links to the photos and documents (with a button to take one back while
/// it waits for the next application).
#[component]
pub(crate) fn EvidenceList(files: Vec<crate::types::EvidenceView>, #[prop(optional)] removable: bool) -> impl IntoView {
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
pub(crate) fn EvidenceForm() -> impl IntoView {
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
            <dt>{t!(i18n, meals.restaurant)}</dt><dd>{c.restaurant.tr(l)} " (" {crate::labels::township_label(l, c.township)} ")"</dd>
            <dt>{t!(i18n, meals.cert_level)}</dt><dd>{certification_level_label(l, c.level)}</dd>
            <dt>{t!(i18n, meals.cert_validity)}</dt>
            <dd>{td_string!(l, meals.cert_validity_range, from = platform::format::date(l, c.issued), to = platform::format::date(l, c.expires)).to_string()}</dd>
            <dt>{t!(i18n, meals.cert_state)}</dt><dd><span class=class>{state_label(l, c.state)}</span></dd>
        </dl>
    }
}
