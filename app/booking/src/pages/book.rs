//! The booking: check, choose a day (the place is held), fill in, done. Each
//! step is its own page state, kept between form posts in a sealed cookie, so
//! the whole flow works without JavaScript; the check and the form are
//! islands that add live feedback and keep what was typed on an error.

mod check;
mod choose;
mod done;
mod fill;
mod progress;

pub use done::BookedPage;
pub(crate) use fill::ContactFields;
pub use progress::{Progress, Step};

use crate::error::AppError;
use crate::server_fns::book::current_step;
use crate::server_fns::public::today;
use crate::types::BookingStep;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::error::{ErrorText, posted_error};
use platform::islands::page_locale;
use platform::layout::Loaded;

#[component]
pub fn BookPage() -> impl IntoView {
    let i18n = use_i18n();
    let me = platform::auth::signed_in();
    // Today, the step the family is at, and on the form the signed-in
    // parent's address to offer for the mail.
    let page = Resource::new(
        || (),
        move |_| async move {
            let (today, step) = (today().await?, current_step().await?);
            let email = match (&step, me) {
                (BookingStep::Fill { .. }, Some(me)) => me.await.ok().flatten().map(|m| m.email).unwrap_or_default(),
                _ => String::new(),
            };
            Ok::<_, AppError>((today, step, email))
        },
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.book_title).to_string()/>
        <h1>{t!(i18n, booking.book_title)}</h1>
        <Loaded data=page let:data>
            {
                let (today, step, email) = data;
                match step {
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
                        let error = posted_error::<crate::server_fns::book::SubmitBooking>();
                        view! {
                            <Progress step=Step::Form/>
                            <ErrorText error=Signal::stored(error.clone())/>
                            <fill::FillStep answers hold=*hold typed email error/>
                        }.into_any()
                    }
                }
            }
        </Loaded>
    }
}
