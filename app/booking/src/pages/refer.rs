//! The referral (通報) form: a reporter at an institution, or a family,
//! tells the city about a child with a suspected delay and gets a case
//! number. A plain form post that comes back to the page (with the error and
//! what was typed, or with the confirmation), so it works without
//! JavaScript. A reporter also follows their own referrals here.

use crate::labels::band_label;
use crate::labels::{domain_label, outcome_label, reporter_kind_label};
use crate::server_fns::cases::{MyReferral, ReferAnother, ReferChild, ReferralDone, ReferralPageView, referral_page};
use domain::Named;
use domain::booking::case::ReporterKind;
use domain::booking::screening::Outcome;
use domain::booking::triage::ProblemDomain;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::error::{ErrorText, FieldError, described_by, field_invalid, posted_error, typed_back};
use platform::format::{self, Localized};
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

#[component]
pub fn ReferPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let data = Resource::new(|| (), |_| referral_page());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), cases.refer_title, city = names.city.as_str(), city_short = names.city_short.as_str()).to_string()/>
        <h1>{t!(i18n, cases.refer_heading)}</h1>
        <p class="lead">{td_string!(i18n.get_locale_untracked(), cases.refer_intro, city = names.city.as_str()).to_string()}</p>
        <Loaded data let:page>
            {match page.done.clone() {
                Some(done) => view! { <Done done/> }.into_any(),
                None => view! { <ReferralForm page=page.clone()/> }.into_any(),
            }}
            {(!page.mine.is_empty()).then(|| view! { <Mine mine=page.mine.clone()/> })}
        </Loaded>
    }
}

/// The confirmation, with the referral's number to keep: the same answer
/// whether or not the child already had a case.
#[component]
fn Done(done: ReferralDone) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let due = format::date(l, done.contact_due);
    view! {
        <section id="done" class="success outcome" role="status" aria-labelledby="r-done">
            <h2 id="r-done">{t!(i18n, cases.done_heading)}</h2>
            <p>{t!(i18n, cases.receipt)} ": " <strong class="reference">{done.receipt.clone()}</strong></p>
            <p>{td_string!(l, cases.done_received, date = due).to_string()}</p>
            {done.late.then(|| view! { <p>{t!(i18n, cases.done_late)}</p> })}
        </section>
        <form method="post" action=ReferAnother::PATH class="inline-form">
            <button type="submit" class="button secondary">{t!(i18n, cases.refer_another)}</button>
        </form>
    }
}

#[component]
fn ReferralForm(page: ReferralPageView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let error = Signal::stored(posted_error::<ReferChild>());
    let typed = typed_back::<ReferChild>();
    let invalid = move |field: &'static str| field_invalid(error, field);
    let described =
        move |field: &'static str, hint: Option<&'static str>, id: &'static str| described_by(error, field, hint, id);
    let today = page.today.to_string();
    let screening = page.screening.clone();
    // A finished checklist fills in the birth date and the areas it found.
    let (birth, found) = match &screening {
        Some(s) => (
            s.birth.to_string(),
            match &s.outcome {
                Outcome::Assess { domains, .. } => domains.iter().copied().collect(),
                Outcome::OnTrack { .. } => Vec::new(),
            },
        ),
        None => (String::new(), Vec::new()),
    };
    let checked = {
        let typed = typed.clone();
        move |d: ProblemDomain| {
            if typed.is_empty() {
                found.contains(&d)
            } else {
                typed.has("form[domains][]", d.as_str())
            }
        }
    };
    let family = page.referrer.kind == ReporterKind::Family;
    let who = match (&page.referrer.institution, &page.referrer.name) {
        (Some(inst), Some(name)) => format!(
            "{name} · {} ({})",
            inst.tr(l),
            reporter_kind_label(l, page.referrer.kind)
        ),
        (None, Some(name)) => format!("{name} · {}", reporter_kind_label(l, page.referrer.kind)),
        _ => reporter_kind_label(l, page.referrer.kind).to_string(),
    };
    view! {
        <div class="panel">
            <p>{t!(i18n, cases.referring_as)} ": " <strong>{who}</strong></p>
            {(!family).then(|| view! { <p class="small">{t!(i18n, cases.reporter_duty)}</p> })}
            {family.then(|| view! {
                <p class="small">{t!(i18n, cases.family_note)} " " <a href="/ei/screening">{t!(i18n, cases.family_screening_link)}</a></p>
            })}
        </div>
        <form method="post" action=ReferChild::PATH class="form">
            <ErrorText error/>
            <fieldset>
                <legend>{t!(i18n, cases.child_legend)}</legend>
                <label for="r-name">{t!(i18n, booking.child_name)}</label>
                <input id="r-name" name="form[child_name]" type="text" required maxlength="40" autocomplete="off" value=typed.get("form[child_name]")
                    aria-invalid=invalid("child_name") aria-describedby=described("child_name", None, "r-name-error")/>
                <FieldError error field="child_name" id="r-name-error"/>
                <label for="r-id">{t!(i18n, booking.national_id)}</label>
                <input id="r-id" name="form[national_id]" type="text" required maxlength="12" autocomplete="off" spellcheck="false"
                    value=typed.get("form[national_id]")
                    aria-invalid=invalid("national_id") aria-describedby=described("national_id", Some("r-id-hint"), "r-id-error")/>
                <p id="r-id-hint" class="hint">{t!(i18n, cases.national_id_hint)}</p>
                <FieldError error field="national_id" id="r-id-error"/>
                <label for="r-birth">{t!(i18n, booking.birth_date)}</label>
                <input id="r-birth" name="form[birth_date]" type="date" required max=today.clone() value=typed.or("form[birth_date]", birth)
                    aria-invalid=invalid("birth_date") aria-describedby=described("birth_date", None, "r-birth-error")/>
                <FieldError error field="birth_date" id="r-birth-error"/>
                <label for="r-home">{t!(i18n, booking.home_district)}</label>
                <select id="r-home" name="form[home_district]" aria-describedby="r-home-hint">
                    <option value="">{t!(i18n, booking.home_district_not_given)}</option>
                    {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| {
                        let chosen = typed.get("form[home_district]") == d.as_str();
                        view! { <option value=d.as_str() selected=chosen>{crate::labels::district_name(l, d)}</option> }
                    }).collect_view()}
                </select>
                <p id="r-home-hint" class="hint">{t!(i18n, booking.home_district_hint)}</p>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, cases.family_legend)}</legend>
                <label for="r-guardian">{t!(i18n, cases.guardian_name)}</label>
                <input id="r-guardian" name="form[guardian_name]" type="text" required maxlength="40" value=typed.get("form[guardian_name]")
                    aria-invalid=invalid("guardian_name") aria-describedby=described("guardian_name", None, "r-guardian-error")/>
                <FieldError error field="guardian_name" id="r-guardian-error"/>
                <label for="r-phone">{t!(i18n, booking.phone)}</label>
                <input id="r-phone" name="form[phone]" type="tel" required value=typed.get("form[phone]")
                    aria-invalid=invalid("phone") aria-describedby=described("phone", None, "r-phone-error")/>
                <FieldError error field="phone" id="r-phone-error"/>
                <label for="r-email">{t!(i18n, cases.family_email)}</label>
                <input id="r-email" name="form[email]" type="email" value=typed.get("form[email]")
                    aria-invalid=invalid("email") aria-describedby=described("email", Some("r-email-hint"), "r-email-error")/>
                <p id="r-email-hint" class="hint">{t!(i18n, cases.family_email_hint)}</p>
                <FieldError error field="email" id="r-email-error"/>
                {(family && page.referrer.name.is_none()).then(|| view! {
                    <label for="r-reporter">{t!(i18n, cases.your_name)}</label>
                    <input id="r-reporter" name="form[reporter_name]" type="text" maxlength="40" value=typed.get("form[reporter_name]")
                        aria-describedby="r-reporter-hint"/>
                    <p id="r-reporter-hint" class="hint">{t!(i18n, cases.your_name_hint)}</p>
                })}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, cases.observed_legend)}</legend>
                <label for="r-observed">{t!(i18n, cases.observed_on)}</label>
                <input id="r-observed" name="form[observed_on]" type="date" required max=today.clone() value=typed.or("form[observed_on]", today.clone())
                    aria-invalid=invalid("observed_on") aria-describedby=described("observed_on", Some("r-observed-hint"), "r-observed-error")/>
                <p id="r-observed-hint" class="hint">{t!(i18n, cases.observed_hint)}</p>
                <FieldError error field="observed_on" id="r-observed-error"/>
                <label for="r-observation">{t!(i18n, cases.observation)}</label>
                <textarea id="r-observation" name="form[observation]" required maxlength="1000" rows="5"
                    aria-invalid=invalid("observation") aria-describedby=described("observation", Some("r-observation-hint"), "r-observation-error")>
                    {typed.get("form[observation]")}
                </textarea>
                <p id="r-observation-hint" class="hint">{t!(i18n, cases.observation_hint)}</p>
                <FieldError error field="observation" id="r-observation-error"/>
            </fieldset>
            <fieldset aria-invalid=invalid("domains") aria-describedby=described("domains", None, "r-domains-error")>
                <legend>{t!(i18n, cases.domains_legend)}</legend>
                {ProblemDomain::all().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" name="form[domains][]" value=d.as_str() checked=checked(d)/>
                        {domain_label(l, d)}
                    </label>
                }).collect_view()}
                <FieldError error field="domains" id="r-domains-error"/>
            </fieldset>
            {screening.filter(|_| family).map(|s| view! {
                <fieldset>
                    <legend>{t!(i18n, cases.screening_legend)}</legend>
                    <label class="choice">
                        <input type="checkbox" name="form[attach_screening]" value="1" checked=true/>
                        {td_string!(l, cases.attach_screening, band = band_label(l, s.band)).to_string()}
                    </label>
                    <p class="hint">{t!(i18n, cases.attach_screening_hint)}</p>
                </fieldset>
            })}
            <button type="submit" class="button">{t!(i18n, cases.send_referral)}</button>
        </form>
    }
}

/// A reporter's own referrals and where each case stands.
#[component]
fn Mine(mine: Vec<MyReferral>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <h2>{t!(i18n, cases.mine_heading)}</h2>
        <TableRegion>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, cases.receipt)}</th>
                        <th scope="col">{t!(i18n, booking.national_id)}</th>
                        <th scope="col">{t!(i18n, cases.observed_on)}</th>
                        <th scope="col">{t!(i18n, cases.reported_on)}</th>
                        <th scope="col">{t!(i18n, cases.case_status)}</th>
                    </tr>
                </thead>
                <tbody>
                    {mine.into_iter().map(|m| view! {
                        <tr>
                            <td><span class="reference">{m.receipt}</span></td>
                            <td>{m.child_masked}</td>
                            <td>{format::date(l, m.observed_on)}</td>
                            <td>
                                {format::date(l, m.reported_on)}
                                {m.late.then(|| view! { " " <span class="badge">{t!(i18n, cases.late)}</span> })}
                            </td>
                            <td>{match m.outcome {
                                Some(o) => td_string!(l, cases.closed_with, outcome = outcome_label(l, o)).to_string(),
                                None => td_string!(l, cases.in_progress).to_string(),
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}
