//! Finding a booking by reference and birth date, without an account.

use crate::components::{CardMode, ChangeNotice, RegistrationCard};
use crate::server_fns::family::inquire;
use crate::types::RegistrationView;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::layout::ErrorText;

#[component]
pub fn InquiryPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let reference = RwSignal::new(String::new());
    let birth = RwSignal::new(String::new());
    // The (reference, birth date) that found the booking shown.
    let found = RwSignal::new(None::<(String, String)>);
    let lookup = Action::new(move |(r, b): &(String, String)| {
        let (r, b) = (r.clone(), b.clone());
        async move { inquire(r.clone(), b.clone()).await.map(|v| (r, b, v)) }
    });
    let result = RwSignal::new(None::<RegistrationView>);
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| match lookup.value().get() {
        Some(Ok((r, b, v))) => {
            error.set(None);
            found.set(Some((r, b)));
            result.set(Some(v));
        }
        Some(Err(e)) => {
            result.set(None);
            error.set(Some(e));
        }
        None => {}
    });
    let notice = RwSignal::new(None::<&'static str>);
    let reload = Callback::new(move |what: &'static str| {
        notice.set(Some(what));
        if let Some((r, b)) = found.get_untracked() {
            lookup.dispatch((r, b));
        }
    });
    view! {
        <Title text=move || t_string!(i18n, booking.inquiry_title)/>
        <h1>{t!(i18n, booking.inquiry_heading)}</h1>
        <p>{t!(i18n, booking.inquiry_intro)}</p>
        <form class="form narrow" on:submit=move |ev| {
            ev.prevent_default();
            notice.set(None);
            lookup.dispatch((reference.get_untracked(), birth.get_untracked()));
        }>
            <ErrorText error=error/>
            <label for="q-ref">{t!(i18n, booking.reference)}</label>
            <input id="q-ref" type="text" required autocomplete="off" spellcheck="false" placeholder="EI-XXXXXXXX" bind:value=reference/>
            <label for="q-birth">{t!(i18n, booking.birth_date)}</label>
            <input id="q-birth" type="date" required bind:value=birth/>
            <button type="submit" class="button">{t!(i18n, booking.inquiry_button)}</button>
        </form>
        <ChangeNotice notice/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let today = today.await.unwrap_or_default();
                move || match (result.get(), found.get()) {
                    (Some(v), Some((r, b))) => Some(view! {
                        <RegistrationCard view=v mode=CardMode::ByReference { reference: r, birth_date: b } today on_change=reload/>
                    }),
                    _ => None,
                }
            })}
        </Suspense>
    }
    .into_any()
}
