use crate::components::{band_class, band_label};
use crate::server_fns::public::public_menus;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format::{self, kg};

#[component]
pub fn MealsIntroPage() -> impl IntoView {
    let i18n = use_i18n();
    let menus = Resource::new(|| (), |_| public_menus());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.intro_title).to_string()/>
        <h1>{t!(i18n, meals.intro_heading)}</h1>
        <p class="lead">{t!(i18n, meals.intro_text)}</p>
        <p>{t!(i18n, meals.intro_how)}</p>
        <p>{t!(i18n, meals.intro_rating)}</p>
        <p class="button-row">
            <a class="button" href="/meals/builder">{t!(i18n, meals.intro_builder)}</a>
            <a href="/meals/standard">{t!(i18n, meals.intro_standard)}</a>
        </p>
        <h2>{t!(i18n, meals.restaurants_heading)}</h2>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let list = menus.await.unwrap_or_default();
                if list.is_empty() {
                    return view! { <p>{t!(i18n, meals.no_meals)}</p> }.into_any();
                }
                view! {
                    <div class="cards">
                        {list.into_iter().map(|r| {
                            let (z, e) = (r.name_zh_tw.clone(), r.name_en.clone());
                            view! {
                                <section class="card" aria-label=r.name_zh_tw.clone()>
                                    <h3>{move || format::pick(i18n.get_locale(), &z, &e).to_string()}</h3>
                                    <p class="note">{r.district.clone()}</p>
                                    <ul>
                                        {r.meals.into_iter().map(|m| {
                                            let (z, e) = (m.name_zh_tw.clone(), m.name_en.clone());
                                            let band = m.band;
                                            view! {
                                                <li>
                                                    <a href=format!("/m/{}", m.slug)>{move || format::pick(i18n.get_locale(), &z, &e).to_string()}</a>
                                                    " · " {kg(m.total_kg)} " kg CO2e · "
                                                    <span class=band_class(band)>{move || band_label(i18n.get_locale(), band)}</span>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                </section>
                            }
                        }).collect_view()}
                    </div>
                }.into_any()
            })}
        </Suspense>
    }
    .into_any()
}
