//! The booking: check, choose a day (the place is held), fill in, done. Each
//! step is its own page state, kept between form posts in a sealed cookie, so
//! the whole flow works without JavaScript; the check and the form are
//! islands that add live feedback and keep what was typed on an error.

mod check;
mod choose;
mod done;
mod fill;

pub use done::BookedPage;

use crate::server_fns::book::current_step;
use crate::types::BookingStep;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::auth::Me;
use platform::error::{ErrorText, posted_error};
use platform::islands::page_locale;

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

#[component]
pub fn BookPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let progress = Resource::new(|| (), |_| current_step());
    let me = use_context::<Resource<Result<Option<Me>, AppError>>>();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.book_title).to_string()/>
        <h1>{t!(i18n, booking.book_title)}</h1>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let (Some(today), Ok(progress)) = (today.await, progress.await) else {
                    return view! { <ErrorText error=Signal::derive(|| Some(AppError::Internal))/> }.into_any();
                };
                match progress {
                    BookingStep::Check { typed } => view! {
                        <Progress step=Step::Check/>
                        <h2>{t!(i18n, booking.triage_heading)}</h2>
                        <p class="note">{t!(i18n, booking.triage_intro)}</p>
                        <ErrorText error=Signal::stored(posted_error::<crate::server_fns::book::CheckAnswers>())/>
                        <check::CheckStep locale=page_locale() today typed/>
                    }.into_any(),
                    BookingStep::ChooseDay { answers, window, hold_expired } => view! {
                        <Progress step=Step::Calendar/>
                        <choose::ChooseStep today answers window hold_expired/>
                    }.into_any(),
                    BookingStep::Fill { answers, hold, typed } => {
                        let email = match me {
                            Some(me) => me.await.ok().flatten().map(|m| m.email).unwrap_or_default(),
                            None => String::new(),
                        };
                        let error = posted_error::<crate::server_fns::book::SubmitBooking>();
                        view! {
                            <Progress step=Step::Form/>
                            <ErrorText error=Signal::stored(error.clone())/>
                            <fill::FillStep answers hold=*hold typed email error/>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
