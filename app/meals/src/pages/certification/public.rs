//! The public directory of certified restaurants, and the check of a certificate.

use super::parts::*;
use crate::components::certification_level_label;
use crate::server_fns::certification::{certified_restaurants, verify_certificate};
use domain::Named;
use domain::meals::certificate::Level;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::format::Localized;
use platform::layout::Listed;

/// `/certified`: the public directory of certified restaurants, by township and level.
#[component]
pub fn CertifiedPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let list = Resource::new(|| (), |_| certified_restaurants());
    let (township, level) = use_query_map().with_untracked(|q| {
        (
            q.get("township").unwrap_or_default(),
            q.get("level").unwrap_or_default(),
        )
    });
    let l = i18n.get_locale_untracked();
    let (t2, l2) = (township.clone(), level.clone());
    view! {
        <Title text=td_string!(l, meals.certified_title).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), meals.certified_heading, county_short = names.county_short.as_str()).to_string()}</h1>
        <p>{td_string!(i18n.get_locale_untracked(), meals.certified_intro, government = names.county_government.as_str(), county = names.county.as_str()).to_string()} " " <a href="/verify">{t!(i18n, meals.cert_verify_link)}</a></p>
        <form method="get" action="/certified" class="filters row" role="search">
            <span>
                <label for="township">{t!(i18n, meals.filter_township)}</label>
                <select id="township" name="township" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    {crate::labels::township_choices(l).into_iter().map(|(t, name)| view! {
                        <option value=t.to_string() selected=t.as_str() == township>{name}</option>
                    }).collect_view()}
                </select>
            </span>
            <span>
                <label for="level">{t!(i18n, meals.cert_level)}</label>
                <select id="level" name="level" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    {Level::all().map(|x| view! {
                        <option value=x.as_str() selected=x.as_str() == level>{certification_level_label(l, x)}</option>
                    }).collect_view()}
                </select>
            </span>
            <span class="filters-submit"><button type="submit" class="button secondary">{t!(i18n, meals.filter_apply)}</button></span>
        </form>
        <Listed list empty=move || view! { <p>{t!(i18n, meals.certified_none)}</p> } let:rows>
            {
                let rows: Vec<_> = rows
                    .into_iter()
                    .filter(|c| t2.is_empty() || c.township.as_str() == t2)
                    .filter(|c| l2.is_empty() || c.level.as_str() == l2)
                    .collect();
                view! {
                    <p role="status">{td_string!(l, meals.directory_count, n = rows.len()).to_string()}</p>
                    <div class="cards">
                        {rows.into_iter().map(|c| view! {
                            <article class="card">
                                <h2>{c.restaurant.tr(l)}</h2>
                                <p class="small">{crate::labels::township_label(l, c.township)} " · " <span class="badge certified">{certification_level_label(l, c.level)}</span></p>
                                <p class="small">{td_string!(l, meals.cert_number)} " " {c.number.clone()} " · "
                                    {td_string!(l, meals.cert_valid_until, date = platform::format::date(l, c.expires)).to_string()}</p>
                                <p class="card-actions">
                                    <a href=format!("/meals#restaurant-{}", c.restaurant_id)>{t!(i18n, meals.certified_menu)}</a>
                                    <a href=format!("/verify?number={}", c.number)>{t!(i18n, meals.cert_verify_link)}</a>
                                </p>
                            </article>
                        }).collect_view()}
                    </div>
                }
            }
        </Listed>
    }
}

/// `/verify?number=...`: anyone checks a certificate (the label's QR code opens it).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let number = use_query_map().with_untracked(|q| q.get("number").unwrap_or_default());
    let asked = !number.trim().is_empty();
    let n2 = number.clone();
    let result = Resource::new(
        move || n2.clone(),
        |n| async move {
            if n.trim().is_empty() {
                Ok(None)
            } else {
                verify_certificate(n).await.map(Some)
            }
        },
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.verify_title).to_string()/>
        <h1>{t!(i18n, meals.verify_heading)}</h1>
        <form method="get" action="/verify" class="form narrow" role="search">
            <label for="number">{t!(i18n, meals.cert_number)}</label>
            <input id="number" name="number" type="text" maxlength="40" value=number.clone() placeholder="TTSF-2026-00001" autocomplete="off"/>
            <button type="submit" class="button">{t!(i18n, meals.verify_button)}</button>
        </form>
        {asked.then(|| view! {
            <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
                {move || Suspend::new(async move {
                    match result.await {
                        Ok(Some(c)) => view! { <CertificateFacts c/> }.into_any(),
                        _ => view! { <p class="error" role="alert">{t!(i18n, meals.verify_not_found)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        })}
    }
}
