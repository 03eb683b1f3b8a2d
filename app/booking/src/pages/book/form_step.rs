//! Step 3: the registration form, while the place is held (with a countdown).

use super::TriageState;
use crate::components::{district_label, domain_label, filled_by_label, risk_label};
use crate::server_fns::flow::submit_registration;
use crate::types::{HoldView, RegistrationForm, RegistrationView};
use domain::booking::contact::FilledBy;
use i18n::*;
use leptos::prelude::*;
use platform::AppError;
use platform::auth::Me;
use platform::format;
use platform::layout::ErrorText;

/// Milliseconds since the epoch in the browser (0 on the server, which never counts down).
fn now_ms() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}

#[component]
pub fn FormStep(
    state: TriageState,
    hold: RwSignal<Option<HoldView>>,
    heading: NodeRef<leptos::html::H2>,
    on_done: Callback<RegistrationView>,
    on_expired: Callback<()>,
    on_back: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some(h) = hold.get_untracked() else {
        return view! { <p>{t!(i18n, common.loading)}</p> }.into_any();
    };
    let deadline = now_ms() + h.seconds_left as f64 * 1000.0;
    let seconds_left = RwSignal::new(h.seconds_left);
    Effect::new(move |_| {
        if let Ok(handle) = set_interval_with_handle(
            move || {
                let left = ((deadline - now_ms()) / 1000.0).ceil() as i64;
                seconds_left.set(left.max(0));
                if left <= 0 {
                    on_expired.run(());
                }
            },
            std::time::Duration::from_secs(1),
        ) {
            on_cleanup(move || handle.clear());
        }
    });
    let me = use_context::<Resource<Result<Option<Me>, AppError>>>();
    let email_default = me
        .and_then(|m| m.get_untracked())
        .and_then(|r| r.ok().flatten())
        .map(|m| m.email)
        .unwrap_or_default();
    let child_name = RwSignal::new(String::new());
    let national_id = RwSignal::new(String::new());
    let filled_by = RwSignal::new(FilledBy::Parent);
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(email_default);
    let notes = RwSignal::new(String::new());
    let token = h.token.clone();
    let submit = Action::new(move |f: &RegistrationForm| submit_registration(f.clone()));
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(v)) => on_done.run(v),
        Some(Err(AppError::HoldExpired)) => on_expired.run(()),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (previous_date, previous_reassess) = state.previous_dates();
        let email = email.get_untracked();
        submit.dispatch(RegistrationForm {
            hold_token: token.clone(),
            child_name: child_name.get_untracked(),
            national_id: national_id.get_untracked(),
            birth_date: state.birth.get_untracked(),
            due_date: state.due_date(),
            filled_by: filled_by.get_untracked(),
            phone: phone.get_untracked(),
            email: (!email.trim().is_empty()).then_some(email),
            previous_date,
            previous_reassess,
            high_risk: state.risks.get_untracked().into_iter().collect(),
            domains: state.domains.get_untracked().into_iter().collect(),
            notes: notes.get_untracked(),
        });
    };
    let day = h.day.clone();
    let until = format::instant(h.expires_at);
    let until_time = until.split(' ').nth(1).unwrap_or_default().to_string();
    let (cz, ce) = (day.centre_zh_tw.clone(), day.centre_en.clone());
    let district = day.district.clone();
    let date = day.date.clone();
    view! {
        <h2 tabindex="-1" node_ref=heading>{t!(i18n, booking.hold_heading)}</h2>
        <div class="panel">
            <p>
                <strong>{move || format::date_str(i18n.get_locale(), &date)}</strong>
                " · " {move || format::pick(i18n.get_locale(), &cz, &ce).to_string()}
                " · " {move || district_label(i18n.get_locale(), &district)}
            </p>
            <p class="countdown">
                {move || td_string!(i18n.get_locale(), booking.hold_until, time = until_time.clone(),
                    minutes = (seconds_left.get() + 59) / 60).to_string()}
            </p>
            <button type="button" class="button secondary" on:click=move |_| on_back.run(())>
                {t!(i18n, booking.choose_other_day)}
            </button>
        </div>
        <h3>{t!(i18n, booking.form_heading)}</h3>
        <form class="form" on:submit=on_submit>
            <ErrorText error=error/>
            <label for="f-name">{t!(i18n, booking.child_name)}</label>
            <input id="f-name" type="text" required maxlength="40" autocomplete="off" bind:value=child_name/>
            <label for="f-id">{t!(i18n, booking.national_id)}</label>
            <input id="f-id" type="text" required maxlength="12" autocomplete="off" spellcheck="false"
                aria-describedby="f-id-hint" bind:value=national_id/>
            <p id="f-id-hint" class="hint">{t!(i18n, booking.national_id_hint)}</p>
            <label for="f-filled">{t!(i18n, booking.filled_by)}</label>
            <select id="f-filled" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(f) = FilledBy::ALL.into_iter().find(|f| format!("{f:?}") == v) { filled_by.set(f); }
            }>
                {FilledBy::ALL.into_iter().map(|f| view! {
                    <option value=format!("{f:?}") selected=move || filled_by.get() == f>
                        {move || filled_by_label(i18n.get_locale(), f)}
                    </option>
                }).collect_view()}
            </select>
            <label for="f-phone">{t!(i18n, booking.phone)}</label>
            <input id="f-phone" type="tel" required autocomplete="tel" bind:value=phone/>
            <label for="f-email">{t!(i18n, booking.email)}</label>
            <input id="f-email" type="email" autocomplete="email" bind:value=email/>
            <label for="f-notes">{t!(i18n, booking.notes)}</label>
            <textarea id="f-notes" maxlength="500" rows="3" bind:value=notes></textarea>
            <fieldset>
                <legend>{t!(i18n, booking.triage_summary)}</legend>
                <p>{t!(i18n, booking.birth_date)} ": " {state.birth.get_untracked()}</p>
                <ul>
                    {move || state.domains.get().into_iter().map(|d| view! { <li>{domain_label(i18n.get_locale(), d)}</li> }).collect_view()}
                    {move || state.risks.get().into_iter().map(|r| view! { <li>{risk_label(i18n.get_locale(), r)}</li> }).collect_view()}
                </ul>
            </fieldset>
            <button type="submit" class="button" disabled=move || submit.pending().get()>{t!(i18n, booking.submit_booking)}</button>
        </form>
    }
    .into_any()
}
