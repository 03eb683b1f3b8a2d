//! Step 4: the booking reference and what happens next.

use crate::components::status_label;
use crate::types::RegistrationView;
use i18n::*;
use leptos::prelude::*;
use platform::format;

#[component]
pub fn DoneStep(view: RwSignal<Option<RegistrationView>>, heading: NodeRef<leptos::html::H2>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        view.get().map(|v| {
            let (cz, ce) = (v.centre_zh_tw.clone(), v.centre_en.clone());
            let (az, ae) = (v.address_zh_tw.clone(), v.address_en.clone());
            let date = v.date.clone();
            view! {
                <h2 tabindex="-1" node_ref=heading>{t!(i18n, booking.done_heading)}</h2>
                <div class="success" role="status">
                    <p>{t!(i18n, booking.reference)} ": " <strong class="reference" data-testid="reference">{v.reference.clone()}</strong></p>
                    <p>{t!(i18n, booking.status)} ": " <strong>{move || status_label(i18n.get_locale(), v.status)}</strong></p>
                </div>
                <p>{t!(i18n, booking.done_intro)}</p>
                {v.needs_approval.then(|| view! { <p class="notice">{t!(i18n, booking.needs_approval_note)}</p> })}
                <dl class="facts">
                    <dt>{t!(i18n, booking.date)}</dt>
                    <dd>{move || format::date_str(i18n.get_locale(), &date)}</dd>
                    <dt>{t!(i18n, booking.checkin)}</dt>
                    <dd>{v.checkin_time.clone()}</dd>
                    <dt>{t!(i18n, booking.centre)}</dt>
                    <dd>{move || format::pick(i18n.get_locale(), &cz, &ce).to_string()}</dd>
                    <dt>{t!(i18n, booking.address)}</dt>
                    <dd>{move || format::pick(i18n.get_locale(), &az, &ae).to_string()}</dd>
                </dl>
                <h3>{t!(i18n, booking.what_to_bring_heading)}</h3>
                <p>{t!(i18n, booking.what_to_bring)}</p>
                <div class="button-row">
                    <form method="post" action="/ei/ics" class="inline-form">
                        <input type="hidden" name="reference" value=v.reference.clone()/>
                        <input type="hidden" name="birth_date" value=v.birth_date.clone()/>
                        <button type="submit" class="button secondary">{t!(i18n, booking.download_ics)}</button>
                    </form>
                    <a href="/ei/inquiry">{t!(i18n, booking.go_inquiry)}</a>
                </div>
            }
        })
    }
}
