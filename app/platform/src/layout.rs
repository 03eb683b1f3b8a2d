//! The frame around every page: skip link, header with navigation by role and
//! language switch, footer; and a table region that scrolls on a phone.

use crate::AppError;
use crate::auth::Logout;
use crate::nav::{NavLink, use_navigation};
use domain::platform::Role;
use i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

pub use crate::format::encode_component;

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
pub fn Header(me: crate::auth::SignedIn) -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<Logout>::new();
    let location = use_location();
    let navigation = use_navigation();
    let subtitle = subtitle(i18n.get_locale_untracked());
    let installation = crate::profile::installation();
    view! {
        <header class="site-header">
            <div class="brand">
                <a href="/" class="brand-link">{t!(i18n, common.site_title)}</a>
                <span class="brand-sub">{subtitle}</span>
            </div>
            <LangSwitch/>
            <Transition fallback=|| ()>
                {move || {
                let installation = installation.clone();
                Suspend::new(async move {
                    let me = me.await.ok().flatten();
                    let links = navigation.links_for(me.as_ref().map(|m| m.role), |s| installation.running(s).is_some());
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
                })
                }}
            </Transition>
        </header>
    }
}

/// The services this installation runs, each with its government's place.
fn subtitle(l: Locale) -> String {
    let names = crate::profile::names(l);
    let mut parts = Vec::new();
    if !names.city.is_empty() {
        parts.push(td_string!(l, common.subtitle_ei, city = names.city.as_str()).to_string());
    }
    if !names.county.is_empty() {
        parts.push(td_string!(l, common.subtitle_meals, county = names.county.as_str()).to_string());
    }
    parts.join(" · ")
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let names = crate::profile::names(l);
    view! {
        <footer class="site-footer">
            <p>{td_string!(l, common.footer_text, governments = names.governments.as_str()).to_string()}</p>
            <p class="small">{t!(i18n, common.footer_data)}</p>
        </footer>
    }
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

/// Data from the server, in the one way every page waits for it: a
/// loading line while it comes, the access problem (sign in, not allowed,
/// or the error) when it cannot be had, or else what the children make of
/// it (`let:data`).
#[component]
pub fn Loaded<T, S, F, V>(
    data: Resource<Result<T, AppError<S>>>,
    /// Shown above the problem when the page's heading comes with the data.
    #[prop(optional, into)]
    heading: Option<ViewFn>,
    /// The data is the whole page (a centre, a published meal): when there
    /// is none, the page is not found (status 404).
    #[prop(optional)]
    whole_page: bool,
    children: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    S: crate::error::Refusal,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let children = std::sync::Arc::new(children);
    view! {
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || {
                let (children, heading) = (children.clone(), heading.clone());
                Suspend::new(async move {
                    match data.await {
                        Err(AppError::NotFound) if whole_page => {
                            view! { <crate::pages::not_found::NotFoundPage/> }.into_any()
                        }
                        Err(e) => view! {
                            {heading.map(|h| h.run())}
                            <crate::pages::account::AccessProblem error=e/>
                        }
                        .into_any(),
                        Ok(data) => children(data).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A list from the server, as [`Loaded`] shows data, with `empty` to say
/// when there is nothing in it (without it an empty list goes to the
/// children).
#[component]
pub fn Listed<T, S, F, V>(
    list: Resource<Result<Vec<T>, AppError<S>>>,
    /// What to say when the list is empty.
    #[prop(optional, into)]
    empty: Option<ViewFn>,
    children: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    S: crate::error::Refusal,
    F: Fn(Vec<T>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Loaded data=list let:rows>
            {match (&empty, rows) {
                (Some(empty), rows) if rows.is_empty() => empty.run().into_any(),
                (_, rows) => children(rows).into_any(),
            }}
        </Loaded>
    }
}
