//! The administrator's accounts page: the two-step sign-in rules of their
//! government, a new account, and the accounts with their actions.

use crate::account::{Workplace, workplace_roles};
use crate::accounts::{CreateAccount, ResetAccountPassword, SetAccountActive, SetSecondFactorRule, list_accounts};
use crate::error::{ErrorText, action_error};
use crate::format::Localized;
use crate::layout::{Loaded, TableRegion};
use crate::pages::account::role_label;
use domain::Named;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateAccount>::new();
    let toggle = ServerAction::<SetAccountActive>::new();
    let reset = ServerAction::<ResetAccountPassword>::new();
    let rule = ServerAction::<SetSecondFactorRule>::new();
    let done = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("done"));
    let data = Resource::new(|| (), |_| list_accounts());
    let created = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("created").is_some());
    let typed = crate::error::typed_back::<CreateAccount>();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), auth.accounts_title).to_string()/>
        <h1>{t!(i18n, auth.accounts_heading)}</h1>
        <Loaded data let:v>
            {
                let typed = typed.clone();
                let roles = v.creatable.clone();
                let places = v.workplaces.clone();
                let rules = v.second_factor.clone();
                view! {
                    <p>{t!(i18n, auth.accounts_intro)}</p>
                    <h2 id="second-factor">{t!(i18n, auth.second_factor_rules_heading)}</h2>
                    <p>{t!(i18n, auth.second_factor_rules_intro)}</p>
                    <ErrorText error=action_error(rule)/>
                    <ul class="rules">
                        {rules.into_iter().map(|(role, required)| view! {
                            <li>
                                <ActionForm action=rule attr:class="inline-form">
                                    <input type="hidden" name="role" value=role.as_str()/>
                                    <input type="hidden" name="required" value=(!required).to_string()/>
                                    <span>
                                        {move || role_label(i18n.get_locale(), role)} ": "
                                        <strong>{move || if required {
                                            td_string!(i18n.get_locale(), auth.second_factor_is_required)
                                        } else {
                                            td_string!(i18n.get_locale(), auth.second_factor_is_optional)
                                        }}</strong>
                                    </span>
                                    " "
                                    <button type="submit" class="button secondary">
                                        {move || if required {
                                            td_string!(i18n.get_locale(), auth.second_factor_make_optional)
                                        } else {
                                            td_string!(i18n.get_locale(), auth.second_factor_require)
                                        }}
                                    </button>
                                </ActionForm>
                            </li>
                        }).collect_view()}
                    </ul>
                    <h2>{t!(i18n, auth.create_account)}</h2>
                    <ActionForm action=create attr:class="form narrow">
                        <ErrorText error=action_error(create)/>
                        {(created && action_error(create).get_untracked().is_none()).then(|| view! {
                            <p class="success" role="status">{t!(i18n, auth.account_created)}</p>
                        })}
                        <label for="acc-role">{t!(i18n, auth.role)}</label>
                        <select id="acc-role" name="role">
                            {roles.into_iter().map(|r| view! {
                                <option value=r.as_str() selected=typed.has("role", r.as_str())>{role_label(i18n.get_locale_untracked(), r)}</option>
                            }).collect_view()}
                        </select>
                        <label for="acc-workplace">{t!(i18n, auth.workplace)}</label>
                        <select id="acc-workplace" name="workplace_id">
                            <option value="">{t!(i18n, common.none)}</option>
                            {workplace_roles(&places).into_iter().map(|role| {
                                let typed = typed.clone();
                                let here: Vec<Workplace> = places.iter().filter(|w| w.role == role).cloned().collect();
                                view! {
                                    <optgroup label=role_label(i18n.get_locale_untracked(), role)>
                                        {here.into_iter().map(|w| view! {
                                            <option value=w.id.to_string() selected=typed.has("workplace_id", &w.id.to_string())>
                                                {move || w.name.tr(i18n.get_locale())}
                                            </option>
                                        }).collect_view()}
                                    </optgroup>
                                }
                            }).collect_view()}
                        </select>
                        <label for="acc-name">{t!(i18n, auth.display_name)}</label>
                        <input id="acc-name" name="display_name" type="text" required maxlength="40" value=typed.get("display_name")/>
                        <label for="acc-email">{t!(i18n, auth.email)}</label>
                        <input id="acc-email" name="email" type="email" required autocomplete="off" value=typed.get("email")/>
                        <label for="acc-password">{t!(i18n, auth.initial_password)}</label>
                        <input id="acc-password" name="password" type="password" required
                            autocomplete="new-password"/>
                        <button type="submit" class="button">{t!(i18n, auth.create_account_button)}</button>
                    </ActionForm>
                    <h2 id="accounts-list">{t!(i18n, auth.accounts_list)}</h2>
                    <ErrorText error=action_error(toggle)/>
                    <ErrorText error=action_error(reset)/>
                    {done.clone().filter(|_| action_error(toggle).get_untracked().is_none() && action_error(reset).get_untracked().is_none()).map(|d| {
                        let l = i18n.get_locale_untracked();
                        let text = match d.as_str() {
                            "disabled" => td_string!(l, auth.account_disabled_done),
                            "enabled" => td_string!(l, auth.account_enabled_done),
                            "second_factor" => td_string!(l, auth.second_factor_rule_saved),
                            _ => td_string!(l, auth.password_reset_done),
                        };
                        view! { <p class="success" role="status">{text}</p> }
                    })}
                    <TableRegion>
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{t!(i18n, auth.display_name)}</th>
                                    <th scope="col">{t!(i18n, auth.email)}</th>
                                    <th scope="col">{t!(i18n, auth.role)}</th>
                                    <th scope="col">{t!(i18n, auth.workplace)}</th>
                                    <th scope="col">{t!(i18n, auth.account_status)}</th>
                                    <th scope="col">{t!(i18n, common.actions)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {v.accounts.into_iter().map(|a| {
                                    let workplace = a.workplace.clone().unwrap_or_default();
                                    let id = a.id.get().to_string();
                                    let (id_toggle, id_reset) = (id.clone(), id.clone());
                                    let pw_id = format!("reset-{id}");
                                    let (email_toggle, email_reset) = (a.email.clone(), a.email.clone());
                                    let active = a.active;
                                    view! {
                                        <tr class:inactive=!a.active>
                                            <td>{a.display_name.clone()}</td>
                                            <td>{a.email.clone()}</td>
                                            <td>{move || role_label(i18n.get_locale(), a.role)}</td>
                                            <td>{move || workplace.tr(i18n.get_locale())}</td>
                                            <td class="nowrap">{if a.active { t!(i18n, auth.account_active).into_any() } else { t!(i18n, auth.account_inactive).into_any() }}</td>
                                            <td>{a.own.then(|| view! { <span>{t!(i18n, auth.own_account)}</span> })}
                                                {(!a.own).then(|| view! {
                                                <ActionForm action=toggle attr:class="inline-form">
                                                    <input type="hidden" name="id" value=id_toggle/>
                                                    <input type="hidden" name="active" value=if active { "false" } else { "true" }/>
                                                    <button type="submit" class="button secondary">
                                                        {if active { t!(i18n, auth.disable_account).into_any() } else { t!(i18n, auth.enable_account).into_any() }}
                                                        <span class="visually-hidden">" " {email_toggle}</span>
                                                    </button>
                                                </ActionForm>
                                                <details>
                                                    <summary>{t!(i18n, auth.reset_password)}<span class="visually-hidden">" " {email_reset}</span></summary>
                                                    <ActionForm action=reset attr:class="form narrow">
                                                        <input type="hidden" name="id" value=id_reset/>
                                                        <label for=pw_id.clone()>{t!(i18n, auth.new_initial_password)}</label>
                                                        <input id=pw_id name="password" type="password" required autocomplete="new-password"/>
                                                        <button type="submit" class="button">{t!(i18n, auth.reset_password_button)}</button>
                                                    </ActionForm>
                                                </details>
                                                })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                }
            }
        </Loaded>
    }
}
