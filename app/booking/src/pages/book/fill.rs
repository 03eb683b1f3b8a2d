//! Step 3: the registration form, while the place is held. A plain form post;
//! when the server refuses something the page comes back with the error and
//! what was typed (kept sealed on the family's device while the place is
//! held). In the browser an island counts the hold down.

use crate::error::AppError;
use crate::labels::channel_label;
use crate::labels::{domain_label, filled_by_label, risk_label};
use crate::server_fns::book::{ChangeDay, SubmitBooking};
use crate::types::{ContactTyped, HeldPlace};
use domain::Named;
use domain::booking::TriageInput;
use domain::booking::contact::{Channels, FilledBy};
use i18n::*;
use leptos::prelude::*;
use platform::error::{FieldError, described_by, field_invalid};
use platform::format::{self, Localized};
use server_fn::ServerFn;

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

/// The time left on the hold, counted down each second in the browser; when it
/// runs out the page reloads, and shows the calendar with the reason.
#[island]
fn Countdown(locale: Locale, seconds_left: i64, expires_at: i64) -> impl IntoView {
    let i18n = platform::islands::provide_i18n(locale);
    let total = seconds_left;
    let seconds_left = RwSignal::new(total);
    Effect::new(move |_| {
        let deadline = now_ms() + total as f64 * 1000.0;
        if let Ok(handle) = set_interval_with_handle(
            move || {
                let left = ((deadline - now_ms()) / 1000.0).ceil() as i64;
                seconds_left.set(left.max(0));
                if left <= 0 {
                    let _ = window().location().reload();
                }
            },
            std::time::Duration::from_secs(1),
        ) {
            on_cleanup(move || handle.clear());
        }
    });
    let until = format::instant(expires_at);
    let until_time = until.split(' ').nth(1).unwrap_or_default().to_string();
    view! {
        <p class="countdown">
            {move || td_string!(i18n.get_locale(), booking.hold_until, time = until_time.clone(),
                minutes = (seconds_left.get() + 59) / 60).to_string()}
        </p>
    }
}

/// The form, filled in again with `typed` after a refusal (`error`, shown
/// under the field it is about); `email` fills the e-mail field for a
/// signed-in parent.
#[component]
pub fn FillStep(
    answers: TriageInput,
    hold: HeldPlace,
    typed: ContactTyped,
    email: String,
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(error);
    let l = i18n.get_locale_untracked();
    let day = hold.day.clone();
    let email = if typed.email.is_empty() {
        email
    } else {
        typed.email.clone()
    };
    // Text messages reach every mobile; e-mail too when the address is known.
    let channels = typed.channels.unwrap_or(if email.is_empty() {
        Channels::Sms
    } else {
        Channels::Both
    });
    view! {
        <h2>{t!(i18n, booking.hold_heading)}</h2>
        <div class="panel">
            <p>
                <strong>{format::date(l, day.date)}</strong>
                " · " {day.centre.tr(l)}
                " · " {crate::labels::district_name(l, day.district)}
            </p>
            <Countdown locale=l seconds_left=hold.seconds_left expires_at=hold.expires_at/>
            <form method="post" action=ChangeDay::PATH class="inline-form">
                <button type="submit" class="button secondary">{t!(i18n, booking.choose_other_day)}</button>
            </form>
        </div>
        <h3>{t!(i18n, booking.form_heading)}</h3>
        <form method="post" action=SubmitBooking::PATH class="form">
            <ContactFields typed email channels error wrap=false/>
            <fieldset>
                <legend>{t!(i18n, booking.triage_summary)}</legend>
                <p>{t!(i18n, booking.birth_date)} ": " {format::date(l, answers.birth_date)}</p>
                <ul>
                    {answers.domains.iter().map(|d| view! { <li>{domain_label(l, *d)}</li> }).collect_view()}
                    {answers.high_risk.iter().map(|r| view! { <li>{risk_label(l, *r)}</li> }).collect_view()}
                </ul>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, booking.submit_booking)}</button>
        </form>
    }
}

/// The child's name and ID and the family's contact, as the booking and the
/// waitlist ask them (`wrap`: the fields are named `form[…]`, for a server
/// function taking a form struct).
#[component]
pub(crate) fn ContactFields(
    typed: ContactTyped,
    email: String,
    channels: Channels,
    error: Signal<Option<AppError>>,
    wrap: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let invalid = move |field: &'static str| field_invalid(error, field);
    let described =
        move |field: &'static str, hint: Option<&'static str>, id: &'static str| described_by(error, field, hint, id);
    let n = move |field: &str| {
        if wrap {
            format!("form[{field}]")
        } else {
            field.to_string()
        }
    };
    let filled = typed.filled_by.unwrap_or(FilledBy::Parent);
    view! {
            <label for="f-name">{t!(i18n, booking.child_name)}</label>
            <input id="f-name" name=n("child_name") type="text" required maxlength="40" autocomplete="off" value=typed.child_name
                aria-invalid=invalid("child_name") aria-describedby=described("child_name", None, "f-name-error")/>
            <FieldError error field="child_name" id="f-name-error"/>
            <label for="f-id">{t!(i18n, booking.national_id)}</label>
            <input id="f-id" name=n("national_id") type="text" required maxlength="12" autocomplete="off" spellcheck="false"
                aria-invalid=invalid("national_id") aria-describedby=described("national_id", Some("f-id-hint"), "f-id-error")
                value=typed.national_id.as_str().to_owned()/>
            <p id="f-id-hint" class="hint">{t!(i18n, booking.national_id_hint)}</p>
            <FieldError error field="national_id" id="f-id-error"/>
            <label for="f-filled">{t!(i18n, booking.filled_by)}</label>
            <select id="f-filled" name=n("filled_by")>
                {FilledBy::all().map(|f| view! {
                    <option value=f.as_str() selected=f == filled>{filled_by_label(l, f)}</option>
                }).collect_view()}
            </select>
            <label for="f-home">{t!(i18n, booking.home_district)}</label>
            <select id="f-home" name=n("home_district") aria-describedby="f-home-hint">
                <option value="" selected=typed.home_district.is_none()>{t!(i18n, booking.home_district_not_given)}</option>
                {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| view! {
                    <option value=d.as_str() selected=typed.home_district == Some(d)>{crate::labels::district_name(l, d)}</option>
                }).collect_view()}
            </select>
            <p id="f-home-hint" class="hint">{t!(i18n, booking.home_district_hint)}</p>
            <label for="f-phone">{t!(i18n, booking.phone)}</label>
            <input id="f-phone" name=n("phone") type="tel" required autocomplete="tel" value=typed.phone
                aria-invalid=invalid("phone") aria-describedby=described("phone", None, "f-phone-error")/>
            <FieldError error field="phone" id="f-phone-error"/>
            <label for="f-email">{t!(i18n, booking.email)}</label>
            <input id="f-email" name=n("email") type="email" autocomplete="email" value=email
                aria-invalid=invalid("email") aria-describedby=described("email", None, "f-email-error")/>
            <FieldError error field="email" id="f-email-error"/>
            <fieldset>
                <legend>{t!(i18n, booking.channels_legend)}</legend>
                {Channels::all().map(|c| view! {
                    <label class="choice">
                        <input type="radio" name=n("channels") value=c.as_str() checked={c == channels}/>
                        {channel_label(l, c)}
                    </label>
                }).collect_view()}
                <p class="hint">{t!(i18n, booking.channels_hint)}</p>
            </fieldset>
            <label for="f-notes">{t!(i18n, booking.notes)}</label>
            <textarea id="f-notes" name=n("notes") maxlength="500" rows="3">{typed.notes}</textarea>
    }
}
