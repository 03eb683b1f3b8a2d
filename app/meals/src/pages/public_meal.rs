//! A meal's public page, and its printable carbon label with a QR code.

use crate::components::sourcing::{LabelChain, MealChainView};
use crate::components::{FootprintSummary, band_class, band_label};
use crate::server_fns::public::{meal_label, public_meal};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use platform::format::{Localized, kg};
use platform::layout::Loaded;

fn slug() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|p| p.get("slug").unwrap_or_default())
}

#[component]
pub fn PublicMealPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug();
    let meal = Resource::new(slug, public_meal);
    view! {
        <Loaded data=meal whole_page=true let:d>
            {
                let s = d.summary.clone();
                let (name, restaurant) = (s.name.clone(), s.restaurant.clone());
                view! {
                    <Title text=s.name.tr(i18n.get_locale_untracked())/>
                    <p class="note">{t!(i18n, meals.public_title)}</p>
                    <h1>{move || name.tr(i18n.get_locale())}</h1>
                    <p>{t!(i18n, meals.restaurant)} ": " {move || restaurant.tr(i18n.get_locale())}</p>
                    {d.certificate.clone().map(|c| {
                        let l = i18n.get_locale_untracked();
                        view! {
                            <p class="certified-line" data-testid="meal-certificate">
                                <span class="badge certified">{td_string!(l, meals.certified_mark, county_short = platform::profile::names(l).county_short).to_string()}</span> " "
                                {crate::components::certification_level_label(l, c.level)} " · " {c.number.clone()} " · "
                                <a href=format!("/verify?number={}", c.number)>{t!(i18n, meals.cert_verify_link)}</a>
                            </p>
                        }
                    })}
                    <section aria-labelledby="meal-footprint">
                        <h2 id="meal-footprint">{t!(i18n, meals.result_heading)}</h2>
                        <FootprintSummary f=d.footprint.clone()/>
                    </section>
                    <MealChainView d=d.clone()/>
                    <p class="button-row">
                        <a class="button secondary" href=format!("/m/{}/label", s.slug)>{t!(i18n, meals.open_label)}</a>
                        <a href="/meals/standard">{t!(i18n, meals.intro_standard)}</a>
                    </p>
                }
            }
        </Loaded>
    }
    .into_any()
}

#[component]
pub fn MealLabelPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug();
    let label = Resource::new(slug, meal_label);
    view! {
        <Loaded data=label whole_page=true let:l>
            {
                let s = l.detail.summary.clone();
                let f = l.detail.footprint.clone();
                let band = f.rating.band;
                view! {
                    <Title text=td_string!(i18n.get_locale_untracked(), meals.label_title).to_string()/>
                    <h1 class="no-print">{t!(i18n, meals.label_title)}</h1>
                    <article class="label-sheet" aria-label=move || t_string!(i18n, meals.label_title)>
                        <h2>{s.name.zh_tw.clone()} <br/> <span class="small">{s.name.en.clone()}</span></h2>
                        <p class="small">{s.restaurant.both(" / ")}</p>
                        <p><span class="total">{kg(f.total_kg_co2e)}</span> " kg CO2e " {t!(i18n, meals.per_serving)}</p>
                        {(f.range.high > 0.0).then(|| view! {
                            <p class="small">
                                {move || td_string!(i18n.get_locale(), meals.range, low = kg(f.range.low), high = kg(f.range.high)).to_string()}
                                " "
                                {move || td_string!(i18n.get_locale(), meals.data_quality, q = format!("{:.1}", f.data_quality)).to_string()}
                            </p>
                        })}
                        <p><span class=band_class(band)>{move || band_label(i18n.get_locale(), band)}</span></p>
                        <LabelChain d=l.detail.clone()/>
                        <div inner_html=l.qr_svg.clone()></div>
                        <p class="small">{t!(i18n, meals.label_scan)} <br/> {l.url.clone()}</p>
                        {l.detail.certificate.clone().zip(l.verify.clone()).map(|(c, (svg, at))| view! {
                            <div class="label-cert" data-testid="label-certificate">
                                <p class="small"><strong>{td_string!(i18n.get_locale_untracked(), meals.certified_mark, county_short = platform::profile::names(i18n.get_locale_untracked()).county_short).to_string()}</strong> " "
                                    {move || crate::components::certification_level_label(i18n.get_locale(), c.level)} " · " {c.number.clone()}</p>
                                <div inner_html=svg></div>
                                <p class="small">{t!(i18n, meals.label_verify_scan)} <br/> <a href=at.clone()>{at.clone()}</a></p>
                            </div>
                        })}
                        <p class="small">{move || td_string!(i18n.get_locale(), meals.edition, n = f.edition).to_string()}</p>
                    </article>
                    <p class="no-print button-row">
                        <PrintButton locale=platform::islands::page_locale()/>
                        <a href=format!("/m/{}", s.slug)>{t!(i18n, meals.open_public)}</a>
                    </p>
                }
            }
        </Loaded>
    }
    .into_any()
}

/// Prints the label (the browser's own print command works without it).
#[island]
fn PrintButton(locale: Locale) -> impl IntoView {
    let i18n = platform::islands::provide_i18n(locale);
    view! {
        <button type="button" class="button" on:click=move |_| {
            #[cfg(feature = "hydrate")]
            let _ = window().print();
        }>{t!(i18n, meals.print)}</button>
    }
}
