use domain::platform::profile::Service;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// The home page: one card for each service this installation runs.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let installation = crate::profile::installation();
    let names = crate::profile::names(l);
    let places = installation.places(crate::format::lang(l));
    let ei = installation.running(Service::EarlyIntervention).is_some();
    let meals = installation.running(Service::Meals).is_some();
    view! {
        <Title text=td_string!(l, common.home_title).to_string()/>
        <h1>{t!(i18n, common.home_heading)}</h1>
        <p class="lead">{td_string!(l, common.home_intro, places = places.as_str()).to_string()}</p>
        <div class="cards">
            {ei.then(|| view! {
                <section class="card" aria-labelledby="svc-ei">
                    <h2 id="svc-ei">{td_string!(l, common.home_ei_title, city = names.city.as_str()).to_string()}</h2>
                    <p>{td_string!(l, common.home_ei_text, city_short = names.city_short.as_str()).to_string()}</p>
                    <p class="card-actions">
                        <a class="button" href="/ei">{t!(i18n, common.home_ei_cta)}</a>
                        <a href="/ei/inquiry">{t!(i18n, common.home_ei_inquiry)}</a>
                    </p>
                </section>
            })}
            {meals.then(|| view! {
                <section class="card" aria-labelledby="svc-meals">
                    <h2 id="svc-meals">{td_string!(l, common.home_meals_title, county = names.county.as_str()).to_string()}</h2>
                    <p>{t!(i18n, common.home_meals_text)}</p>
                    <p class="card-actions">
                        <a class="button" href="/meals">{t!(i18n, common.home_meals_cta)}</a>
                    </p>
                </section>
            })}
        </div>
        <p class="note">{t!(i18n, common.home_demo_note)}</p>
    }
}
