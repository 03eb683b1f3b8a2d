//! Step 1: the check. A plain form that posts the answers (the server says
//! what comes next); in the browser the triage rules also run as the family
//! answers, to say it at once.

use crate::labels::{domain_label, ineligible_text, risk_label};
use crate::server_fns::book::CheckAnswers;
use crate::types::CheckTyped;
use chrono::NaiveDate;
use domain::Named;
use domain::booking::triage::{HighRisk, PreviousAssessment, ProblemDomain, TriageInput, TriageOutcome, triage};
use domain::platform::taipei::parse_iso_date;
use i18n::*;
use leptos::prelude::*;
use platform::format;
use server_fn::ServerFn;
use std::collections::BTreeSet;

/// The answers as the family types them.
#[derive(Clone, Copy)]
struct Answers {
    birth: RwSignal<String>,
    due: RwSignal<String>,
    previous_date: RwSignal<String>,
    previous_reassess: RwSignal<String>,
    domains: RwSignal<BTreeSet<ProblemDomain>>,
    risks: RwSignal<BTreeSet<HighRisk>>,
}

impl Answers {
    fn new(t: &CheckTyped) -> Self {
        Self {
            birth: RwSignal::new(t.birth_date.clone()),
            due: RwSignal::new(t.due_date.clone()),
            previous_date: RwSignal::new(t.previous_date.clone()),
            previous_reassess: RwSignal::new(t.previous_reassess.clone()),
            domains: RwSignal::new(t.domains.iter().copied().collect()),
            risks: RwSignal::new(t.high_risk.iter().copied().collect()),
        }
    }

    /// The answers as the rules take them; `None` until the birth date is a date.
    fn input(&self) -> Option<TriageInput> {
        Some(TriageInput {
            birth_date: parse_iso_date(&self.birth.get())?,
            due_date: parse_iso_date(&self.due.get()),
            previous: parse_iso_date(&self.previous_date.get()).map(|d| PreviousAssessment {
                assessed_on: d,
                reassess_on: parse_iso_date(&self.previous_reassess.get()),
            }),
            high_risk: self.risks.get(),
            domains: self.domains.get(),
        })
    }
}

fn toggle<T: Ord + Copy + Send + Sync + 'static>(set: RwSignal<BTreeSet<T>>, v: T, on: bool) {
    set.update(|s| {
        if on {
            s.insert(v);
        } else {
            s.remove(&v);
        }
    });
}

/// What the answers so far mean, in words.
#[component]
fn Outcome(outcome: TriageOutcome) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    match outcome {
        TriageOutcome::JointAssessment {
            fast_track,
            window,
            age,
            waiting_for_repeat_rule,
            ..
        } => {
            let headline = if fast_track {
                td_string!(l, booking.outcome_joint_fast)
            } else {
                td_string!(l, booking.outcome_joint)
            };
            let (years, months) = (age.months / 12, age.months % 12);
            let age_text = if age.corrected {
                td_string!(l, booking.outcome_age_corrected, years = years, months = months).to_string()
            } else {
                td_string!(l, booking.outcome_age, years = years, months = months).to_string()
            };
            let (from, to) = (format::date(l, window.earliest), format::date(l, window.latest));
            let window_text = if waiting_for_repeat_rule {
                td_string!(l, booking.outcome_waiting, from = from).to_string()
            } else {
                td_string!(l, booking.outcome_window, from = from, to = to).to_string()
            };
            view! {
                <div class="success outcome" role="status">
                    <p><strong>{headline}</strong></p>
                    <p>{age_text}</p>
                    <p>{window_text}</p>
                </div>
            }
            .into_any()
        }
        TriageOutcome::SingleSpecialty { clinic, .. } => {
            let c = crate::labels::clinic_label(l, clinic);
            view! { <p class="notice outcome" role="status">{td_string!(l, booking.outcome_single, clinic = c).to_string()}</p> }
                .into_any()
        }
        TriageOutcome::NoConcern => {
            view! { <p class="notice outcome" role="status">{td_string!(l, booking.outcome_none)}</p> }.into_any()
        }
        TriageOutcome::NotEligible(i) => {
            view! { <p class="error outcome" role="status">{ineligible_text(l, &i)}</p> }.into_any()
        }
    }
}

/// The check. `typed` fills it in again when the server refused the answers.
#[island]
pub fn CheckStep(locale: Locale, today: NaiveDate, typed: CheckTyped) -> impl IntoView {
    let i18n = platform::islands::provide_i18n(locale);
    let answers = Answers::new(&typed);
    let outcome = Memo::new(move |_| answers.input().map(|i| triage(&i, today)));
    // Only the browser may hold the button back: without JavaScript the page
    // could not enable it again (the server answers instead).
    let in_browser = cfg!(feature = "hydrate");
    let blocked = move || {
        in_browser
            && outcome
                .get()
                .is_some_and(|o| !matches!(o, TriageOutcome::JointAssessment { .. }))
    };
    let max = today.to_string();
    view! {
        <form method="post" action=CheckAnswers::PATH class="form">
            <label for="t-birth">{t!(i18n, booking.birth_date)}</label>
            <input id="t-birth" name="birth_date" type="date" max=max.clone() required value=typed.birth_date.clone() on:input=move |ev| answers.birth.set(event_target_value(&ev))
                aria-describedby="t-birth-hint"/>
            <p id="t-birth-hint" class="hint">{t!(i18n, common.date_format_hint)}</p>
            <fieldset>
                <legend>{t!(i18n, booking.preterm_legend)}</legend>
                <label for="t-due">{t!(i18n, booking.due_date_if_early)}</label>
                <input id="t-due" name="due_date" type="date" value=typed.due_date.clone() on:input=move |ev| answers.due.set(event_target_value(&ev)) aria-describedby="t-due-hint"/>
                <p id="t-due-hint" class="hint">{t!(i18n, booking.due_date_hint)} " " {t!(i18n, booking.leave_empty_if_not)}</p>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, booking.previous_legend)}</legend>
                <label for="t-prev">{t!(i18n, booking.previous_date_if_any)}</label>
                <input id="t-prev" name="previous_date" type="date" max=max value=typed.previous_date.clone() on:input=move |ev| answers.previous_date.set(event_target_value(&ev))
                    aria-describedby="t-prev-hint"/>
                <p id="t-prev-hint" class="hint">{t!(i18n, booking.leave_empty_if_not)}</p>
                <label for="t-reassess">{t!(i18n, booking.previous_reassess)}</label>
                <input id="t-reassess" name="previous_reassess" type="date" value=typed.previous_reassess.clone() on:input=move |ev| answers.previous_reassess.set(event_target_value(&ev))/>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, booking.domains_legend)}</legend>
                {ProblemDomain::all().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" name="domains[]" value=d.as_str() checked=typed.domains.contains(&d)
                            on:change=move |ev| toggle(answers.domains, d, event_target_checked(&ev))/>
                        {domain_label(locale, d)}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, booking.risk_legend)}</legend>
                {HighRisk::all().map(|r| view! {
                    <label class="choice">
                        <input type="checkbox" name="high_risk[]" value=r.as_str() checked=typed.high_risk.contains(&r)
                            on:change=move |ev| toggle(answers.risks, r, event_target_checked(&ev))/>
                        {risk_label(locale, r)}
                    </label>
                }).collect_view()}
            </fieldset>
            <div aria-live="polite">
                {move || outcome.get().map(|o| view! { <Outcome outcome=o/> })}
            </div>
            <button type="submit" class="button" disabled=blocked>{t!(i18n, booking.continue_to_calendar)}</button>
        </form>
    }
}
