use crate::auth::{ConfirmSignup, Register, workplace_areas};
use crate::error::{ErrorText, FieldError, action_error, described_by, field_invalid, typed_back};
use crate::format::Localized;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let register = ServerAction::<Register>::new();
    let typed = typed_back::<Register>();
    let restaurant = typed.has("account_type", "restaurant_staff");
    let error = action_error(register);
    let areas = Resource::new(|| (), |_| workplace_areas());
    let chosen_area = typed.get("workplace_area");
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.register_title).to_string()/>
        <h1>{t!(i18n, auth.register_heading)}</h1>
        <p>{t!(i18n, auth.register_intro)}</p>
        <ActionForm action=register attr:class="form narrow">
            <ErrorText error/>
            <fieldset>
                <legend>{t!(i18n, auth.account_type)}</legend>
                <label class="choice">
                    <input type="radio" name="account_type" value="parent" checked=!restaurant/>
                    {t!(i18n, auth.type_parent)}
                </label>
                <label class="choice">
                    <input type="radio" name="account_type" value="restaurant_staff" checked=restaurant/>
                    {t!(i18n, auth.type_restaurant)}
                </label>
            </fieldset>
            <label for="display_name">{t!(i18n, auth.display_name)}</label>
            <input id="display_name" name="display_name" type="text" autocomplete="name" required maxlength="40"
                value=typed.get("display_name") aria-invalid=field_invalid(error, "display_name")
                aria-describedby=described_by(error, "display_name", None, "display_name-error")/>
            <FieldError error field="display_name" id="display_name-error"/>
            <label for="email">{t!(i18n, auth.email)}</label>
            <input id="email" name="email" type="email" autocomplete="email" required value=typed.get("email")
                aria-invalid=field_invalid(error, "email") aria-describedby=described_by(error, "email", None, "email-error")/>
            <FieldError error field="email" id="email-error"/>
            <label for="password">{t!(i18n, auth.password)}</label>
            <input id="password" name="password" type="password" autocomplete="new-password" required
                aria-invalid=field_invalid(error, "password")
                aria-describedby=described_by(error, "password", Some("password-hint"), "password-error")/>
            <p id="password-hint" class="hint">{t!(i18n, auth.password_hint)}</p>
            <FieldError error field="password" id="password-error"/>
            <fieldset>
                <legend>{t!(i18n, auth.restaurant_fields)}</legend>
                <label for="restaurant_name">{t!(i18n, auth.restaurant_name)}</label>
                <input id="restaurant_name" name="workplace_name" type="text" maxlength="40" value=typed.get("workplace_name")/>
                <label for="restaurant_area">{t!(i18n, auth.restaurant_area)}</label>
                <select id="restaurant_area" name="workplace_area" class="field">
                    <option value="">{t!(i18n, auth.choose_area)}</option>
                    <Transition>
                        {move || {
                            let chosen = chosen_area.clone();
                            Suspend::new(async move {
                            let areas = areas.await.unwrap_or_default();
                            areas.into_iter().map(|a| {
                                let selected = a.code == chosen;
                                let name = a.name;
                                view! {
                                    <option value=a.code selected=selected>{move || name.tr(i18n.get_locale())}</option>
                                }
                            }).collect_view()
                        })}}
                    </Transition>
                </select>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, auth.register_button)}</button>
        </ActionForm>
        <p>{t!(i18n, auth.have_account)} " " <a href="/login">{t!(i18n, common.nav_login)}</a></p>
    }
}

/// After registering: the link to finish is in the mail (the same page
/// whether or not the address had an account).
#[component]
pub fn RegisterSentPage() -> impl IntoView {
    let i18n = use_i18n();
    let hours = domain::platform::email::SIGNUP_HOURS;
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.sent_title).to_string()/>
        <h1>{t!(i18n, auth.sent_heading)}</h1>
        <p role="status">{move || td_string!(i18n.get_locale(), auth.sent_body, hours = hours).to_string()}</p>
        <p>{t!(i18n, auth.sent_spam)}</p>
        <p><a href="/register">{t!(i18n, common.nav_register)}</a></p>
    }
}

/// The page the mailed link opens: one button creates the account (a link
/// alone does not, so a mail scanner that follows it creates nothing).
#[component]
pub fn ConfirmSignupPage() -> impl IntoView {
    let i18n = use_i18n();
    let confirm = ServerAction::<ConfirmSignup>::new();
    let token = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("token"))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| Some(typed_back::<ConfirmSignup>().get("token")).filter(|t| !t.is_empty()));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.confirm_title).to_string()/>
        <h1>{t!(i18n, auth.confirm_heading)}</h1>
        {match token {
            Some(token) => view! {
                <p>{t!(i18n, auth.confirm_intro)}</p>
                <ActionForm action=confirm attr:class="form narrow">
                    <ErrorText error=action_error(confirm)/>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button">{t!(i18n, auth.confirm_button)}</button>
                </ActionForm>
            }.into_any(),
            None => view! {
                <p role="alert">{t!(i18n, auth.confirm_missing)}</p>
                <p><a href="/register">{t!(i18n, common.nav_register)}</a></p>
            }.into_any(),
        }}
    }
}
