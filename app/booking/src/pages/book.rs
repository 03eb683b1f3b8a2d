//! The booking wizard: check, choose a day (the place is held), fill in, done.

mod done_step;
mod form_step;
mod triage_step;

use crate::components::Calendar;
use crate::server_fns::flow::{place_hold, release_hold};
use crate::types::{DayView, HoldView, RegistrationView};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::layout::ErrorText;
pub use triage_step::TriageState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Triage,
    Calendar,
    Form,
    Done,
}

#[component]
fn Progress(step: RwSignal<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let item = move |s: Step, label: &'static str| {
        view! { <li aria-current=move || (step.get() == s).then_some("step")>{label}</li> }
    };
    view! {
        <ol class="progress" aria-label=move || t_string!(i18n, booking.progress_label)>
            {move || {
                let l = i18n.get_locale();
                view! {
                    {item(Step::Triage, td_string!(l, booking.step_triage))}
                    {item(Step::Calendar, td_string!(l, booking.step_calendar))}
                    {item(Step::Form, td_string!(l, booking.step_form))}
                    {item(Step::Done, td_string!(l, booking.step_done))}
                }
            }}
        </ol>
    }
}

#[component]
pub fn BookPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let step = RwSignal::new(Step::Triage);
    let triage = TriageState::new();
    let hold = RwSignal::new(None::<HoldView>);
    let done = RwSignal::new(None::<RegistrationView>);
    let hold_error = RwSignal::new(None::<AppError>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |prev: Option<Step>| {
        let s = step.get();
        if prev.is_some_and(|p| p != s)
            && let Some(h) = heading.get()
        {
            let _ = h.focus();
        }
        s
    });
    let take = Action::new(move |day: &DayView| {
        let day_id = day.id;
        let birth = triage.birth.get_untracked();
        let previous = hold.get_untracked().map(|h| h.token);
        async move {
            if let Some(token) = previous {
                let _ = release_hold(token).await;
            }
            place_hold(day_id, birth).await
        }
    });
    Effect::new(move |_| match take.value().get() {
        Some(Ok(h)) => {
            hold_error.set(None);
            hold.set(Some(h));
            step.set(Step::Form);
        }
        Some(Err(e)) => hold_error.set(Some(e)),
        None => {}
    });
    view! {
        <Title text=move || t_string!(i18n, booking.book_title)/>
        <h1>{t!(i18n, booking.book_title)}</h1>
        <Progress step/>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let Some(today) = today.await else {
                    return view! { <ErrorText error=Signal::derive(|| Some(AppError::Internal))/> }.into_any();
                };
                view! {
                    {move || match step.get() {
                        Step::Triage => view! {
                            <triage_step::TriageStep state=triage today heading
                                on_continue=Callback::new(move |_| step.set(Step::Calendar))/>
                        }.into_any(),
                        Step::Calendar => view! {
                            <h2 tabindex="-1" node_ref=heading>{t!(i18n, booking.calendar_heading)}</h2>
                            <p>{t!(i18n, booking.calendar_intro)}</p>
                            <ErrorText error=hold_error/>
                            {move || take.pending().get().then(|| view! { <p role="status">{t!(i18n, booking.holding)}</p> })}
                            <Calendar today window=triage.window(today) birth=triage.birth_date()
                                on_choose=Callback::new(move |d: DayView| { take.dispatch(d); })/>
                            <p><button type="button" class="button secondary" on:click=move |_| step.set(Step::Triage)>
                                {t!(i18n, common.back)}
                            </button></p>
                        }.into_any(),
                        Step::Form => view! {
                            <form_step::FormStep state=triage hold heading
                                on_done=Callback::new(move |v: RegistrationView| { done.set(Some(v)); hold.set(None); step.set(Step::Done); })
                                on_expired=Callback::new(move |_| {
                                    hold.set(None);
                                    hold_error.set(Some(AppError::HoldExpired));
                                    step.set(Step::Calendar);
                                })
                                on_back=Callback::new(move |_| {
                                    if let Some(h) = hold.get_untracked() {
                                        leptos::task::spawn_local(async move { let _ = release_hold(h.token).await; });
                                    }
                                    hold.set(None);
                                    step.set(Step::Calendar);
                                })/>
                        }.into_any(),
                        Step::Done => view! { <done_step::DoneStep view=done heading/> }.into_any(),
                    }}
                }.into_any()
            })}
        </Suspense>
    }
}
