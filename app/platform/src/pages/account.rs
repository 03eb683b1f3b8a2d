use crate::AppError;
use crate::auth::{ChangePassword, DisableSecondFactor, EnableSecondFactor, second_factor_status};
use crate::error::{ErrorText, action_error};
use domain::platform::Role;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

pub fn role_label(locale: Locale, role: Role) -> &'static str {
    match role {
        Role::Parent => td_string!(locale, auth.role_parent),
        Role::CentreStaff => td_string!(locale, auth.role_centre_staff),
        Role::CityAdmin => td_string!(locale, auth.role_city_admin),
        Role::RestaurantStaff => td_string!(locale, auth.role_restaurant_staff),
        Role::CountyAdmin => td_string!(locale, auth.role_county_admin),
        Role::Reporter => td_string!(locale, auth.role_reporter),
        Role::CaseManager => td_string!(locale, auth.role_case_manager),
    }
}

/// Shown where a page needs an account: sign in, or this account may not.
#[component]
pub fn AccessProblem<S: crate::error::Refusal>(error: AppError<S>) -> impl IntoView {
    let i18n = use_i18n();
    match error {
        AppError::NotSignedIn => view! {
            <div class="notice" role="status">
                <p>{t!(i18n, common.sign_in_needed)}</p>
                <p><a class="button" href="/login">{t!(i18n, common.sign_in_link)}</a></p>
            </div>
        }
        .into_any(),
        AppError::PasswordChangeRequired => view! {
            <div class="notice" role="status">
                <p>{t!(i18n, errors.password_change_required)}</p>
                <p><a class="button" href="/account">{t!(i18n, common.nav_account)}</a></p>
            </div>
        }
        .into_any(),
        AppError::SecondFactorRequired => view! {
            <div class="notice" role="status">
                <p>{t!(i18n, errors.second_factor_required)}</p>
                <p><a class="button" href="/account#second-factor">{t!(i18n, common.nav_account)}</a></p>
            </div>
        }
        .into_any(),
        AppError::Forbidden => {
            view! { <p class="notice" role="status">{t!(i18n, common.forbidden_text)}</p> }.into_any()
        }
        other => view! { <ErrorText error=Signal::derive(move || Some(other.clone()))/> }.into_any(),
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let me = crate::auth::signed_in();
    let change = ServerAction::<ChangePassword>::new();
    let changed = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("changed").is_some());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.account_title).to_string()/>
        <h1>{t!(i18n, auth.account_heading)}</h1>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let me = match me {
                    Some(r) => r.await,
                    None => Err(AppError::Internal),
                };
                match me {
                    Ok(Some(m)) => view! {
                        {m.must_change_password.then(|| view! {
                            <p class="notice" role="alert">{t!(i18n, auth.password_change_required_notice)}</p>
                        })}
                        <dl class="facts">
                            <dt>{t!(i18n, common.nav_account)}</dt>
                            <dd>{m.display_name.clone()}</dd>
                            <dt>{t!(i18n, auth.email)}</dt>
                            <dd>{m.email.clone()}</dd>
                            <dt>{t!(i18n, auth.role)}</dt>
                            <dd>{move || role_label(i18n.get_locale(), m.role)}</dd>
                        </dl>
                        <h2>{t!(i18n, auth.change_password)}</h2>
                        <ActionForm action=change attr:class="form narrow">
                            <ErrorText error=action_error(change)/>
                            {(changed && action_error(change).get_untracked().is_none()).then(|| view! {
                                <p class="success" role="status">{t!(i18n, auth.password_changed)}</p>
                            })}
                            <label for="current_password">{t!(i18n, auth.current_password)}</label>
                            <input id="current_password" name="current_password" type="password"
                                autocomplete="current-password" required/>
                            <label for="new_password">{t!(i18n, auth.new_password)}</label>
                            <input id="new_password" name="new_password" type="password" autocomplete="new-password"
                                required aria-describedby="new-password-hint"/>
                            <p id="new-password-hint" class="hint">{t!(i18n, auth.password_hint)}</p>
                            <button type="submit" class="button">{t!(i18n, auth.change_password_button)}</button>
                        </ActionForm>
                        {m.role.may_use_second_factor().then(|| view! { <SecondFactorSection/> })}
                    }.into_any(),
                    Ok(None) => view! { <AccessProblem error={ AppError::<crate::error::Never>::NotSignedIn }/> }.into_any(),
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Two-step sign-in on the account page: set the authenticator app up and
/// turn it on with its code, or turn it off with the password and a code.
#[component]
fn SecondFactorSection() -> impl IntoView {
    let i18n = use_i18n();
    let status = Resource::new(|| (), |_| second_factor_status());
    let enable = ServerAction::<EnableSecondFactor>::new();
    let disable = ServerAction::<DisableSecondFactor>::new();
    let just = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("second_factor"));
    view! {
        <h2 id="second-factor">{t!(i18n, auth.second_factor_heading)}</h2>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || {
                let just = just.clone();
                Suspend::new(async move {
                let v = match status.await {
                    Ok(v) => v,
                    Err(e) => return view! { <AccessProblem error=e/> }.into_any(),
                };
                let done = just.map(|j| view! {
                    <p class="success" role="status">{move || if j == "on" {
                        td_string!(i18n.get_locale(), auth.second_factor_turned_on)
                    } else {
                        td_string!(i18n.get_locale(), auth.second_factor_turned_off)
                    }}</p>
                });
                if v.on {
                    view! {
                        {done}
                        <p>{t!(i18n, auth.second_factor_on)}</p>
                        {v.required.then(|| view! { <p class="notice">{t!(i18n, auth.second_factor_required_keep)}</p> })}
                        {(!v.required).then(|| view! {
                            <ActionForm action=disable attr:class="form narrow">
                                <ErrorText error=action_error(disable)/>
                                <label for="sf-password">{t!(i18n, auth.current_password)}</label>
                                <input id="sf-password" name="password" type="password" autocomplete="current-password" required/>
                                <label for="sf-off-code">{t!(i18n, auth.code_label)}</label>
                                <input id="sf-off-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                                    maxlength="8" required/>
                                <button type="submit" class="button secondary">{t!(i18n, auth.second_factor_turn_off)}</button>
                            </ActionForm>
                        })}
                    }.into_any()
                } else {
                    view! {
                        {done}
                        {v.required.then(|| view! {
                            <p class="notice" role="alert">{t!(i18n, errors.second_factor_required)}</p>
                        })}
                        <p>{t!(i18n, auth.second_factor_intro)}</p>
                        <ol>
                            <li>{t!(i18n, auth.second_factor_step_app)}</li>
                            <li>
                                {t!(i18n, auth.second_factor_step_key)}
                                <br/><code class="setup-key" data-testid="setup-key">{v.setup_key.clone().unwrap_or_default()}</code>
                                {v.setup_url.clone().map(|u| view! {
                                    <br/><a href=u>{t!(i18n, auth.second_factor_open_app)}</a>
                                })}
                            </li>
                            <li>{t!(i18n, auth.second_factor_step_code)}</li>
                        </ol>
                        <ActionForm action=enable attr:class="form narrow">
                            <ErrorText error=action_error(enable)/>
                            <label for="sf-code">{t!(i18n, auth.code_label_setup)}</label>
                            <input id="sf-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                                maxlength="8" required class="short"/>
                            <button type="submit" class="button">{t!(i18n, auth.second_factor_turn_on)}</button>
                        </ActionForm>
                    }.into_any()
                }
            })}}
        </Suspense>
    }
}
