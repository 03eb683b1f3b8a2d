//! The frame around every page: skip link, header with navigation by role and
//! language switch, footer; and the translated error message.

use crate::AppError;
use crate::auth::{Logout, Me};
use crate::nav::{NavLink, use_navigation};
use domain::booking::registration::TransitionError;
use domain::booking::triage::{Ineligible, SpecialtyClinic};
use domain::meals::MealError;
use domain::platform::Role;
use i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Percent-encodes a URL component (RFC 3986 unreserved characters pass).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Links to the other language. A plain link (full page load) so that it works
/// without JavaScript; the server sets the cookie and comes back here.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        encode_component(&if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        })
    };
    view! {
        <nav class="lang-switch" aria-label=move || t_string!(i18n, common.language_switch_label)>
            {move || {
                let (code, label, lang) = match i18n.get_locale() {
                    Locale::zh_Hant_TW => ("en", "English", "en"),
                    Locale::en => ("zh-Hant-TW", "中文", "zh-Hant-TW"),
                };
                view! {
                    <a href=format!("/lang/{code}?next={}", here()) rel="external" hreflang=lang lang=lang>
                        {label}
                    </a>
                }
            }}
        </nav>
    }
}

/// The platform's own links: home for everyone, account administration for administrators.
pub const NAV: &[NavLink] = &[
    NavLink {
        href: "/",
        label: |l| td_string!(l, common.nav_home),
        roles: None,
    },
    NavLink {
        href: "/accounts",
        label: |l| td_string!(l, common.nav_accounts),
        roles: Some(&[Role::CityAdmin, Role::CountyAdmin]),
    },
];

#[component]
pub fn Header(me: Resource<Result<Option<Me>, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<Logout>::new();
    let location = use_location();
    let navigation = use_navigation();
    view! {
        <header class="site-header">
            <div class="brand">
                <a href="/" class="brand-link">{t!(i18n, common.site_title)}</a>
                <span class="brand-sub">{t!(i18n, common.site_subtitle)}</span>
            </div>
            <LangSwitch/>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let me = me.await.ok().flatten();
                    let links = navigation.links_for(me.as_ref().map(|m| m.role));
                    let path = location.pathname.get();
                    view! {
                        <nav class="main-nav" aria-label=move || t_string!(i18n, common.main_nav)>
                            <ul>
                                {links
                                    .into_iter()
                                    .map(|link| {
                                        let current = if path == link.href { Some("page") } else { None };
                                        let label = link.label;
                                        view! {
                                            <li>
                                                <a href=link.href aria-current=current>
                                                    {move || label(i18n.get_locale())}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <div class="account-links">
                                {match me {
                                    Some(m) => view! {
                                        <a href="/account" class="who">{m.display_name.clone()}</a>
                                        <ActionForm action=logout attr:class="inline-form">
                                            <button type="submit" class="link-button">{t!(i18n, common.nav_logout)}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    None => view! {
                                        <a href="/login">{t!(i18n, common.nav_login)}</a>
                                        <a href="/register">{t!(i18n, common.nav_register)}</a>
                                    }.into_any(),
                                }}
                            </div>
                        </nav>
                    }
                })}
            </Transition>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, common.footer_text)}</p>
            <p class="small">{t!(i18n, common.footer_data)}</p>
        </footer>
    }
}

/// The translated sentence for an error.
pub fn error_message(locale: Locale, e: &AppError) -> String {
    use AppError as E;
    match e {
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
        E::PasswordTooShort => td_string!(locale, errors.password_too_short).to_string(),
        E::PasswordTooLong => td_string!(locale, errors.password_too_long).to_string(),
        E::WrongPassword => td_string!(locale, errors.wrong_password).to_string(),
        E::NameInvalid => td_string!(locale, errors.name_invalid).to_string(),
        E::RoleNotAllowed => td_string!(locale, errors.role_not_allowed).to_string(),
        E::WorkplaceMissing => td_string!(locale, errors.workplace_missing).to_string(),
        E::InvalidInput => td_string!(locale, errors.invalid_input).to_string(),
        E::NationalIdFormat => td_string!(locale, errors.national_id_format).to_string(),
        E::NationalIdChecksum => td_string!(locale, errors.national_id_checksum).to_string(),
        E::BirthDateFuture => td_string!(locale, errors.birth_date_future).to_string(),
        E::DueDateImplausible => td_string!(locale, errors.due_date_implausible).to_string(),
        E::DateInvalid => td_string!(locale, errors.date_invalid).to_string(),
        E::PhoneInvalid => td_string!(locale, errors.phone_invalid).to_string(),
        E::ChildNameInvalid => td_string!(locale, errors.child_name_invalid).to_string(),
        E::DayFull => td_string!(locale, errors.day_full).to_string(),
        E::DayClosed => td_string!(locale, errors.day_closed).to_string(),
        E::HoldExpired => td_string!(locale, errors.hold_expired).to_string(),
        E::ReservedForUnderThree => td_string!(locale, errors.reserved_for_under_three).to_string(),
        E::OutsideWindow(w) => {
            let (from, to) = (w.earliest.to_string(), w.latest.to_string());
            td_string!(locale, errors.outside_window, from = from, to = to).to_string()
        }
        E::NotEligible(i) => ineligible_text(locale, i),
        E::NoJointAssessmentNeeded => td_string!(locale, errors.no_joint_assessment_needed).to_string(),
        E::SingleSpecialtyFirst(c) => {
            let clinic = clinic_label(locale, *c);
            td_string!(locale, booking.outcome_single, clinic = clinic).to_string()
        }
        E::NoConcernMarked => td_string!(locale, booking.outcome_none).to_string(),
        E::StartAgain => td_string!(locale, errors.start_again).to_string(),
        E::ChildAlreadyBooked(None) => td_string!(locale, errors.child_already_booked).to_string(),
        E::ChildAlreadyBooked(Some(own)) => {
            let centre = crate::format::pick(locale, &own.centre_zh_tw, &own.centre_en).to_string();
            let date = crate::format::date_str(locale, &own.date);
            td_string!(locale, errors.child_already_booked_own, centre = centre, date = date).to_string()
        }
        E::ReferenceInvalid => td_string!(locale, errors.reference_invalid).to_string(),
        E::InquiryNoMatch => td_string!(locale, errors.inquiry_no_match).to_string(),
        E::CannotChange(TransitionError::WrongStatus) => td_string!(locale, errors.cannot_change_status).to_string(),
        E::CannotChange(TransitionError::DayPassed) => td_string!(locale, errors.cannot_change_day_passed).to_string(),
        E::CannotChange(TransitionError::NotToday) => td_string!(locale, errors.cannot_change_not_today).to_string(),
        E::CannotChange(TransitionError::BeforeTheDay) => {
            td_string!(locale, errors.cannot_change_before_day).to_string()
        }
        E::QuotaShrink {
            taken_general,
            taken_reserved,
        } => td_string!(
            locale,
            errors.quota_shrink,
            general = *taken_general,
            reserved = *taken_reserved
        )
        .to_string(),
        E::QuotaInvalid(_) => td_string!(locale, errors.quota_invalid).to_string(),
        E::PlanInvalid => td_string!(locale, errors.plan_invalid).to_string(),
        E::DayExists => td_string!(locale, errors.day_exists).to_string(),
        E::DateRangeInvalid => td_string!(locale, errors.date_range_invalid).to_string(),
        E::ReasonRequired => td_string!(locale, errors.reason_required).to_string(),
        E::Meal(m) => meal_error(locale, m),
        E::StandardInvalid(detail) => {
            let detail = detail.clone();
            td_string!(locale, errors.standard_invalid, detail = detail).to_string()
        }
        E::MealNameInvalid => td_string!(locale, errors.meal_name_invalid).to_string(),
    }
}

/// Why a child cannot be booked, in plain words.
pub fn ineligible_text(locale: Locale, i: &Ineligible) -> String {
    match i {
        Ineligible::NotBornYet => td_string!(locale, errors.birth_date_future).to_string(),
        Ineligible::ImplausibleDueDate => td_string!(locale, errors.due_date_implausible).to_string(),
        Ineligible::SchoolAge { last_day } => {
            let date = crate::format::date(locale, *last_day);
            td_string!(locale, booking.ineligible_school_age, date = date).to_string()
        }
        Ineligible::AssessedRecently { from } => {
            let date = crate::format::date(locale, *from);
            td_string!(locale, booking.ineligible_recent, date = date).to_string()
        }
        Ineligible::PreviousInFuture => td_string!(locale, booking.ineligible_previous_future).to_string(),
    }
}

pub fn clinic_label(locale: Locale, c: SpecialtyClinic) -> &'static str {
    match c {
        SpecialtyClinic::Rehabilitation => td_string!(locale, booking.clinic_rehabilitation),
        SpecialtyClinic::ChildPsychiatry => td_string!(locale, booking.clinic_child_psychiatry),
        SpecialtyClinic::GeneticsMetabolism => td_string!(locale, booking.clinic_genetics_metabolism),
    }
}

fn meal_error(locale: Locale, m: &MealError) -> String {
    match m {
        MealError::NoItems => td_string!(locale, errors.meal_no_items).to_string(),
        MealError::TooManyItems => td_string!(locale, errors.meal_too_many_items).to_string(),
        MealError::UnknownIngredient { item, .. } => {
            td_string!(locale, errors.meal_unknown_ingredient, n = item + 1).to_string()
        }
        MealError::BadGrams { item } => td_string!(locale, errors.meal_bad_grams, n = item + 1).to_string(),
        MealError::UnknownCooking { item, .. } => {
            td_string!(locale, errors.meal_unknown_cooking, n = item + 1).to_string()
        }
        MealError::BadDistance { item } => td_string!(locale, errors.meal_bad_distance, n = item + 1).to_string(),
        MealError::UnknownPackaging { .. } => td_string!(locale, errors.meal_unknown_packaging).to_string(),
        MealError::BadPackagingCount => td_string!(locale, errors.meal_bad_packaging_count).to_string(),
        MealError::BadWasteShare => td_string!(locale, errors.meal_bad_waste_share).to_string(),
    }
}

/// An error, translated, announced to screen readers.
#[component]
pub fn ErrorText(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            view! {
                <p class="error" role="alert">
                    {error_message(i18n.get_locale(), &e)}
                </p>
            }
        })
    }
}

/// The result of a form's action: its error if it failed.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()))
}

/// The error a form post made without JavaScript came back with, if it was
/// `S`'s: the server redirects back to the page with the error in the URL.
pub fn posted_error<S>() -> Option<AppError>
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    ServerAction::<S>::new()
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
}

/// A wide table that scrolls sideways on a phone; it can take the focus so
/// that a keyboard can scroll it too.
#[component]
pub fn TableRegion(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t_string!(i18n, common.scroll_table)>
            {children()}
        </div>
    }
}

/// What the form posting to `S` showed when the server refused it (this page
/// load only: after a refusal the URL names the form). Empty otherwise.
pub fn typed_back<S>() -> crate::echo::Typed
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    if posted_error::<S>().is_none() {
        return Default::default();
    }
    #[cfg(feature = "ssr")]
    {
        crate::ssr::state::app_state()
            .ok()
            .and_then(|state| crate::ssr::sealed::read::<crate::echo::Typed>(&state, crate::echo::COOKIE))
            .filter(|t| t.path == S::PATH)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Default::default()
    }
}
