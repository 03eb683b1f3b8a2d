//! Every error as a sentence in the reader's language, from the translation
//! catalogue (the compile-time key check covers them all): the platform's
//! own here, a service's from its [`Refusal`].

use super::app::{AppError, Refusal};
use i18n::*;
use leptos::prelude::*;

impl<S: Refusal> AppError<S> {
    /// The translated sentence for an error.
    pub fn message(&self, locale: Locale) -> String {
        use AppError as E;
        match self {
            E::NotSignedIn => td_string!(locale, errors.not_signed_in).to_string(),
            E::Forbidden => td_string!(locale, errors.forbidden).to_string(),
            E::NotFound => td_string!(locale, errors.not_found).to_string(),
            E::BadCredentials => td_string!(locale, errors.bad_credentials).to_string(),
            E::RateLimited => td_string!(locale, errors.rate_limited).to_string(),
            E::Busy => td_string!(locale, errors.busy).to_string(),
            E::Internal => td_string!(locale, errors.internal).to_string(),
            E::Network(_) => td_string!(locale, errors.network).to_string(),
            E::EmailInvalid => td_string!(locale, errors.email_invalid).to_string(),
            E::EmailTaken => td_string!(locale, errors.email_taken).to_string(),
            E::SignupLinkInvalid => td_string!(locale, errors.signup_link_invalid).to_string(),
            E::CodeRequired => td_string!(locale, errors.code_required).to_string(),
            E::CodeWrong => td_string!(locale, errors.code_wrong).to_string(),
            E::SecondFactorRequired => td_string!(locale, errors.second_factor_required).to_string(),
            E::SecondFactorStillRequired => td_string!(locale, errors.second_factor_still_required).to_string(),
            E::PasswordTooShort => td_string!(locale, errors.password_too_short).to_string(),
            E::PasswordTooLong => td_string!(locale, errors.password_too_long).to_string(),
            E::WrongPassword => td_string!(locale, errors.wrong_password).to_string(),
            E::NameInvalid => td_string!(locale, errors.name_invalid).to_string(),
            E::RoleNotAllowed => td_string!(locale, errors.role_not_allowed).to_string(),
            E::WorkplaceMissing => td_string!(locale, errors.workplace_missing).to_string(),
            E::PasswordChangeRequired => td_string!(locale, errors.password_change_required).to_string(),
            E::OwnAccount => td_string!(locale, errors.own_account).to_string(),
            E::OwnWorkplaceIncomplete => td_string!(locale, errors.own_workplace_incomplete).to_string(),
            E::InvalidInput => td_string!(locale, errors.invalid_input).to_string(),
            E::ReasonRequired => td_string!(locale, errors.reason_required).to_string(),
            E::Period(p) => {
                use domain::stats::PeriodError as P;
                match p {
                    P::Unreadable => td_string!(locale, errors.period_unreadable).to_string(),
                    P::Reversed => td_string!(locale, errors.period_reversed).to_string(),
                    P::TooLong => td_string!(locale, errors.period_too_long).to_string(),
                    P::NotAQuarter => td_string!(locale, errors.period_not_a_quarter).to_string(),
                }
            }
            E::Service(s) => s.message(locale),
        }
    }
}

/// An error, translated, announced to screen readers.
#[component]
pub fn ErrorText<S: Refusal>(#[prop(into)] error: Signal<Option<AppError<S>>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            view! {
                <p class="error" role="alert">
                    {e.message(i18n.get_locale())}
                </p>
            }
        })
    }
}

/// The error under the field it is about (`field`: the field's `name`), with
/// `id` for the field's `aria-describedby`; nothing for any other error.
#[component]
pub fn FieldError<S: Refusal>(
    #[prop(into)] error: Signal<Option<AppError<S>>>,
    field: &'static str,
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().filter(|e| e.field() == Some(field)).map(|e| {
            view! {
                <p class="field-error" id=id>
                    {e.message(i18n.get_locale())}
                </p>
            }
        })
    }
}

/// `aria-invalid` of a field: `true` while the form's error is about it.
pub fn field_invalid<S: Refusal>(
    error: Signal<Option<AppError<S>>>,
    field: &'static str,
) -> impl Fn() -> Option<&'static str> + Copy {
    move || {
        error
            .with(|e| e.as_ref().and_then(AppError::field) == Some(field))
            .then_some("true")
    }
}

/// `aria-describedby` of a field: its hint, if it has one, and its error while it shows.
pub fn described_by<S: Refusal>(
    error: Signal<Option<AppError<S>>>,
    field: &'static str,
    hint: Option<&'static str>,
    error_id: &'static str,
) -> impl Fn() -> Option<String> + Copy {
    move || {
        let ids: Vec<&str> = hint
            .into_iter()
            .chain(field_invalid(error, field)().map(|_| error_id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
