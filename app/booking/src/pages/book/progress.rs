//! Where the family is in the four steps of booking.

use i18n::*;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Check,
    Calendar,
    Form,
    Done,
}

#[component]
pub fn Progress(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let item =
        move |s: Step, label: &'static str| view! { <li aria-current=(step == s).then_some("step")>{label}</li> };
    view! {
        <ol class="progress" aria-label=t_string!(i18n, booking.progress_label)>
            {item(Step::Check, td_string!(l, booking.step_triage))}
            {item(Step::Calendar, td_string!(l, booking.step_calendar))}
            {item(Step::Form, td_string!(l, booking.step_form))}
            {item(Step::Done, td_string!(l, booking.step_done))}
        </ol>
    }
}
