//! Step 4: the booking reference and what happens next, shown to the browser
//! that made the booking (a sealed cookie names it for an hour).

use super::progress::{Progress, Step};
use crate::components::VisitFacts;
use crate::labels::status_label;
use crate::server_fns::book::last_booking;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::layout::Loaded;

#[component]
pub fn BookedPage() -> impl IntoView {
    let i18n = use_i18n();
    let booked = Resource::new(|| (), |_| last_booking());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.done_heading).to_string()/>
        <h1>{t!(i18n, booking.book_title)}</h1>
        <Progress step=Step::Done/>
        <Loaded data=booked let:booked>
            {
                let l = i18n.get_locale_untracked();
                match booked {
                    None => view! {
                        <p class="notice">{t!(i18n, booking.done_missing)}</p>
                        <p><a href="/ei/inquiry">{t!(i18n, booking.go_inquiry)}</a></p>
                    }.into_any(),
                    Some(v) => view! {
                    <h2>{t!(i18n, booking.done_heading)}</h2>
                    <div class="success" role="status">
                        <p>{t!(i18n, booking.reference)} ": " <strong class="reference" data-testid="reference">{v.reference.clone()}</strong></p>
                        <p>{t!(i18n, booking.status)} ": " <strong>{status_label(l, v.status)}</strong></p>
                    </div>
                    <p>{t!(i18n, booking.done_intro)}</p>
                    <dl class="facts"><VisitFacts v=v.clone()/></dl>
                    <h3>{t!(i18n, booking.what_to_bring_heading)}</h3>
                    <p>{t!(i18n, booking.what_to_bring)}</p>
                    <div class="button-row">
                        <form method="post" action="/ei/ics" class="inline-form">
                            <input type="hidden" name="reference" value=v.reference.clone()/>
                            <input type="hidden" name="birth_date" value=v.birth_date.to_string()/>
                            <button type="submit" class="button secondary">{t!(i18n, booking.download_ics)}</button>
                        </form>
                        <a href="/ei/inquiry">{t!(i18n, booking.go_inquiry)}</a>
                    </div>
                    }.into_any(),
                }
            }
        </Loaded>
    }
}
