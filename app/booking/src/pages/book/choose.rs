//! Step 2: choose a centre on a day of the booking window; the place is held
//! for the family while it fills in the form.

use crate::components::{Calendar, Choose};
use crate::error::AppError;
use crate::error::BookingError;
use crate::server_fns::book::{HoldDay, StartOver};
use chrono::NaiveDate;
use domain::booking::TriageInput;
use domain::booking::triage::BookingWindow;
use i18n::*;
use leptos::prelude::*;
use platform::error::{ErrorText, posted_error};
use server_fn::ServerFn;

#[component]
pub fn ChooseStep(today: NaiveDate, answers: TriageInput, window: BookingWindow, hold_expired: bool) -> impl IntoView {
    let i18n = use_i18n();
    let error = posted_error::<HoldDay>()
        .or_else(posted_error::<crate::server_fns::book::SubmitBooking>)
        .or(hold_expired.then_some(AppError::Service(BookingError::HoldExpired)));
    let choose = Choose {
        action: HoldDay::PATH,
        day_field: "day_id",
        hidden: Vec::new(),
    };
    view! {
        <h2>{t!(i18n, booking.calendar_heading)}</h2>
        <p>{t!(i18n, booking.calendar_intro)}</p>
        <ErrorText error=Signal::stored(error)/>
        <Calendar today window=Some(window) birth=Some(answers.birth_date) base="/ei/book" choose/>
        <section class="panel" aria-labelledby="wait-heading">
            <h3 id="wait-heading">{t!(i18n, waitlist.calendar_full_heading)}</h3>
            <p>{t!(i18n, waitlist.calendar_full_text)}</p>
            <p><a class="button secondary" href="/ei/waitlist/join">{t!(i18n, waitlist.join_link)}</a></p>
        </section>
        <form method="post" action=StartOver::PATH class="inline-form">
            <button type="submit" class="button secondary">{t!(i18n, booking.start_over)}</button>
        </form>
    }
}
