use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), common.home_title).to_string()/>
        <h1>{t!(i18n, common.home_heading)}</h1>
        <p class="lead">{t!(i18n, common.home_intro)}</p>
        <div class="cards">
            <section class="card" aria-labelledby="svc-ei">
                <h2 id="svc-ei">{t!(i18n, common.home_ei_title)}</h2>
                <p>{t!(i18n, common.home_ei_text)}</p>
                <p class="card-actions">
                    <a class="button" href="/ei">{t!(i18n, common.home_ei_cta)}</a>
                    <a href="/ei/inquiry">{t!(i18n, common.home_ei_inquiry)}</a>
                </p>
            </section>
            <section class="card" aria-labelledby="svc-meals">
                <h2 id="svc-meals">{t!(i18n, common.home_meals_title)}</h2>
                <p>{t!(i18n, common.home_meals_text)}</p>
                <p class="card-actions">
                    <a class="button" href="/meals">{t!(i18n, common.home_meals_cta)}</a>
                </p>
            </section>
        </div>
        <p class="note">{t!(i18n, common.home_demo_note)}</p>
    }
}
