use crate::components::{band_class, band_label};
use crate::server_fns::public::{current_rating, public_menus};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format::{Localized, kg};
use platform::layout::Listed;

#[component]
pub fn MealsIntroPage() -> impl IntoView {
    let i18n = use_i18n();
    let menus = Resource::new(|| (), |_| public_menus());
    let rating = Resource::new(|| (), |_| current_rating());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.intro_title).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), meals.intro_heading, county_short = platform::profile::names(i18n.get_locale_untracked()).county_short).to_string()}</h1>
        <p class="lead">{t!(i18n, meals.intro_text)}</p>
        <p>{t!(i18n, meals.intro_how)}</p>
        <Suspense fallback=|| ()>
            {move || rating.get().and_then(Result::ok).map(|r| {
                let bound = |i: usize| r.bands.get(i).and_then(|b| b.max_kg).unwrap_or_default();
                let (green, yellow, target) = (kg(bound(0)), kg(bound(1)), kg(r.target_kg));
                view! {
                    <p>{move || td_string!(i18n.get_locale(), meals.intro_rating, green = green.clone(), yellow = yellow.clone(), target = target.clone()).to_string()}</p>
                }
            })}
        </Suspense>
        <p class="button-row">
            <a class="button" href="/meals/builder">{t!(i18n, meals.intro_builder)}</a>
            <a href="/meals/standard">{t!(i18n, meals.intro_standard)}</a>
        </p>
        <h2>{t!(i18n, meals.restaurants_heading)}</h2>
        <Listed list=menus empty=move || view! { <p>{t!(i18n, meals.no_meals)}</p> } let:list>
            {view! {
                <div class="cards">
                    {list.into_iter().map(|r| {
                        let (name, label) = (r.name.clone(), r.name.clone());
                        view! {
                            <section class="card" id=format!("restaurant-{}", r.id) aria-label=move || label.tr(i18n.get_locale())>
                                <h3>{move || name.tr(i18n.get_locale())}</h3>
                                <p class="note">{move || crate::labels::township_label(i18n.get_locale(), r.township)}</p>
                                <ul>
                                    {r.meals.into_iter().map(|m| {
                                        let name = m.name.clone();
                                        let band = m.band;
                                        view! {
                                            <li>
                                                <a href=format!("/m/{}", m.slug)>{move || name.tr(i18n.get_locale())}</a>
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
            }}
        </Listed>
    }
    .into_any()
}
