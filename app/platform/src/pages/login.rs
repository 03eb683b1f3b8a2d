use crate::auth::Login;
use crate::error::{ErrorText, action_error, typed_back};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let login = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = query.with_untracked(|q| q.get("next")).unwrap_or_default();
    let typed = typed_back::<Login>();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.login_title).to_string()/>
        <h1>{t!(i18n, auth.login_heading)}</h1>
        <ActionForm action=login attr:class="form narrow">
            <ErrorText error=action_error(login)/>
            <input type="hidden" name="next" value=next/>
            <label for="email">{t!(i18n, auth.email)}</label>
            <input id="email" name="email" type="email" autocomplete="username" required value=typed.get("email")/>
            <label for="password">{t!(i18n, auth.password)}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required/>
            <label for="code">{t!(i18n, auth.code_label)}</label>
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="8"
                class="short" aria-describedby="code-hint"/>
            <p id="code-hint" class="hint">{t!(i18n, auth.code_hint)}</p>
            <button type="submit" class="button">{t!(i18n, auth.login_button)}</button>
        </ActionForm>
        <p>{t!(i18n, auth.no_account)} " " <a href="/register">{t!(i18n, common.nav_register)}</a></p>
    }
}
