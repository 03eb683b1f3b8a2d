//! The slow-food restaurant certification's pages: a restaurant's
//! application (`/meals/certification`), the county's review
//! (`/county/certification`), the public directory (`/certified`) and the
//! check of a certificate (`/verify`).

use crate::server_fns::certification::{ApplyCertification, RemoveEvidence, my_certification};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, FieldError, described_by, field_invalid, posted_error};
use platform::layout::Loaded;
use server_fn::ServerFn;
mod figures;
pub use crate::labels::{criterion_label, state_label, status_label};
mod parts;
pub use parts::*;
mod county;
pub use county::*;
mod public;
pub use public::*;

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
