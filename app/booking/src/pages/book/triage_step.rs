//! Step 1: the check. Runs the triage rules in the browser as the family
//! answers; nothing is sent to the server.

use crate::components::{clinic_label, domain_label, ineligible_text, risk_label};
use chrono::NaiveDate;
use domain::booking::triage::{
    BookingWindow, HighRisk, PreviousAssessment, ProblemDomain, TriageInput, TriageOutcome, triage,
};
use domain::platform::taipei::parse_iso_date;
use i18n::*;
use leptos::prelude::*;
use platform::format;
use std::collections::BTreeSet;

#[derive(Clone, Copy)]
pub struct TriageState {
    pub birth: RwSignal<String>,
    pub preterm: RwSignal<bool>,
    pub due: RwSignal<String>,
    pub previous: RwSignal<bool>,
    pub previous_date: RwSignal<String>,
    pub previous_reassess: RwSignal<String>,
    pub domains: RwSignal<BTreeSet<ProblemDomain>>,
    pub risks: RwSignal<BTreeSet<HighRisk>>,
}

impl TriageState {
    pub fn new() -> Self {
        Self {
            birth: RwSignal::new(String::new()),
            preterm: RwSignal::new(false),
            due: RwSignal::new(String::new()),
            previous: RwSignal::new(false),
            previous_date: RwSignal::new(String::new()),
            previous_reassess: RwSignal::new(String::new()),
            domains: RwSignal::new(BTreeSet::new()),
            risks: RwSignal::new(BTreeSet::new()),
        }
    }

    pub fn birth_date(&self) -> Option<NaiveDate> {
        parse_iso_date(&self.birth.get_untracked())
    }

    pub fn due_date(&self) -> Option<String> {
        self.preterm
            .get_untracked()
            .then(|| self.due.get_untracked())
            .filter(|d| !d.is_empty())
    }

    pub fn previous_dates(&self) -> (Option<String>, Option<String>) {
        if !self.previous.get_untracked() {
            return (None, None);
        }
        let f = |s: String| Some(s).filter(|s| !s.is_empty());
        (
            f(self.previous_date.get_untracked()),
            f(self.previous_reassess.get_untracked()),
        )
    }

    /// The answers as the rules take them (reactive); None until the birth date is a date.
    pub fn input(&self) -> Option<TriageInput> {
        let birth_date = parse_iso_date(&self.birth.get())?;
        let due_date = if self.preterm.get() {
            parse_iso_date(&self.due.get())
        } else {
            None
        };
        let previous = if self.previous.get() {
            parse_iso_date(&self.previous_date.get()).map(|d| PreviousAssessment {
                assessed_on: d,
                reassess_on: parse_iso_date(&self.previous_reassess.get()),
            })
        } else {
            None
        };
        Some(TriageInput {
            birth_date,
            due_date,
            previous,
            high_risk: self.risks.get(),
            domains: self.domains.get(),
        })
    }

    pub fn window(&self, today: NaiveDate) -> Option<BookingWindow> {
        self.input().and_then(|i| triage(&i, today).window())
    }
}

impl Default for TriageState {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
fn Outcome(outcome: TriageOutcome) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let l = i18n.get_locale();
        match outcome.clone() {
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
                let c = clinic_label(l, clinic);
                view! { <p class="notice outcome" role="status">{td_string!(l, booking.outcome_single, clinic = c).to_string()}</p> }.into_any()
            }
            TriageOutcome::NoConcern => {
                view! { <p class="notice outcome" role="status">{td_string!(l, booking.outcome_none)}</p> }.into_any()
            }
            TriageOutcome::NotEligible(i) => {
                view! { <p class="error outcome" role="status">{ineligible_text(l, &i)}</p> }.into_any()
            }
        }
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

#[component]
pub fn TriageStep(
    state: TriageState,
    today: NaiveDate,
    heading: NodeRef<leptos::html::H2>,
    on_continue: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = Memo::new(move |_| state.input().map(|i| triage(&i, today)));
    let can_continue = move || matches!(outcome.get(), Some(TriageOutcome::JointAssessment { .. }));
    let max = today.to_string();
    view! {
        <h2 tabindex="-1" node_ref=heading>{t!(i18n, booking.triage_heading)}</h2>
        <p class="note">{t!(i18n, booking.triage_intro)}</p>
        <form class="form" on:submit=move |ev| { ev.prevent_default(); if can_continue() { on_continue.run(()); } }>
            <label for="t-birth">{t!(i18n, booking.birth_date)}</label>
            <input id="t-birth" type="date" max=max.clone() required bind:value=state.birth aria-describedby="t-birth-hint"/>
            <p id="t-birth-hint" class="hint">{t!(i18n, common.date_format_hint)}</p>
            <label class="choice">
                <input type="checkbox" bind:checked=state.preterm/>
                {t!(i18n, booking.preterm_question)}
            </label>
            <Show when=move || state.preterm.get()>
                <label for="t-due">{t!(i18n, booking.due_date)}</label>
                <input id="t-due" type="date" bind:value=state.due aria-describedby="t-due-hint"/>
                <p id="t-due-hint" class="hint">{t!(i18n, booking.due_date_hint)}</p>
            </Show>
            <label class="choice">
                <input type="checkbox" bind:checked=state.previous/>
                {t!(i18n, booking.previous_question)}
            </label>
            <Show when=move || state.previous.get()>
                <label for="t-prev">{t!(i18n, booking.previous_date)}</label>
                <input id="t-prev" type="date" max=max.clone() bind:value=state.previous_date/>
                <label for="t-reassess">{t!(i18n, booking.previous_reassess)}</label>
                <input id="t-reassess" type="date" bind:value=state.previous_reassess/>
            </Show>
            <fieldset>
                <legend>{t!(i18n, booking.domains_legend)}</legend>
                {ProblemDomain::ALL.into_iter().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" name="domain" value=format!("{d:?}")
                            prop:checked=move || state.domains.with(|s| s.contains(&d))
                            on:change=move |ev| toggle(state.domains, d, event_target_checked(&ev))/>
                        {move || domain_label(i18n.get_locale(), d)}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, booking.risk_legend)}</legend>
                {HighRisk::ALL.into_iter().map(|r| view! {
                    <label class="choice">
                        <input type="checkbox" name="risk" value=format!("{r:?}")
                            prop:checked=move || state.risks.with(|s| s.contains(&r))
                            on:change=move |ev| toggle(state.risks, r, event_target_checked(&ev))/>
                        {move || risk_label(i18n.get_locale(), r)}
                    </label>
                }).collect_view()}
            </fieldset>
            <div aria-live="polite">
                {move || outcome.get().map(|o| view! { <Outcome outcome=o/> })}
            </div>
            <button type="submit" class="button" disabled=move || !can_continue()>
                {t!(i18n, booking.continue_to_calendar)}
            </button>
        </form>
    }
    .into_any()
}
