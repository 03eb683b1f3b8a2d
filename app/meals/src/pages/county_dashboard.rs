//! The county's dashboard (`/county/dashboard`) and the public summary
//! (`/stats/meals`). Server-rendered: the filter is a GET form, the charts
//! are SVG with a data table each, the exports are links.

use crate::server_fns::dashboard::{county_figures, county_summary};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::filters::{ExportLinks, PeriodFilter, period_months};
use platform::format::{self, percent, query_string};
use platform::layout::Loaded;
mod charts;
use charts::*;
mod body;
use body::*;

/// `/county/dashboard`: the county's figures of its restaurants' meals.
#[component]
pub fn CountyDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let (from, to, township) = use_query_map().with_untracked(|q| {
        (
            q.get("from").unwrap_or_default(),
            q.get("to").unwrap_or_default(),
            q.get("township").unwrap_or_default(),
        )
    });
    let data = Resource::new(
        move || (from.clone(), to.clone(), township.clone()),
        |(f, t, w)| county_figures(f, t, w),
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.county_title, county = platform::profile::names(i18n.get_locale_untracked()).county).to_string()/>
        <h1>{t!(i18n, dashboard.county_heading)}</h1>
        <p>{t!(i18n, dashboard.county_intro)}</p>
        <div class="dashboard">
        <Loaded data let:v>
            <Body v/>
        </Loaded>
        </div>
    }
}

/// `/stats/meals`: the public summary of the county's meals.
#[component]
pub fn MealsStatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let (from, to) =
        use_query_map().with_untracked(|q| (q.get("from").unwrap_or_default(), q.get("to").unwrap_or_default()));
    let data = Resource::new(move || (from.clone(), to.clone()), |(f, t)| county_summary(f, t));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.public_meals_title, county = names.county.as_str()).to_string()/>
        <h1>{t!(i18n, dashboard.public_meals_heading)}</h1>
        <p>{td_string!(i18n.get_locale_untracked(), dashboard.public_meals_intro, county = names.county.as_str()).to_string()}</p>
        <div class="dashboard">
        <Loaded data let:v>
            {
                let l = i18n.get_locale_untracked();
                let s = v.s.clone();
                let (from, to) = period_months(&s.period);
                let open = query_string(&[("from", from), ("to", to)]);
                let shares: Vec<(f64, f64)> = s.top_ingredients.iter().map(|i| (i.kg_co2e, i.share)).collect();
                view! {
                    <PeriodFilter action="/stats/meals" period=s.period/>
                    <div class="cards">
                        <div class="card stat">
                            <p class="stat-value">{kg_or_dash(s.average_kg)}</p>
                            <p>{t!(i18n, dashboard.average_per_meal)}</p>
                            <p class="stat-note">{td_string!(l, dashboard.kg_target, kg = format::kg(s.target_kg)).to_string()}</p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{percent(Some(s.shares.local))}</p>
                            <p>{t!(i18n, dashboard.local_share)}</p>
                            <p class="stat-note">{td_string!(l, dashboard.certified_share, share = percent(Some(s.shares.certified))).to_string()}</p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{format!("{} / {}", s.restaurants_meeting_target, s.restaurants)}</p>
                            <p>{t!(i18n, dashboard.restaurants_meeting)}</p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{s.certified.certified()}</p>
                            <p>{t!(i18n, dashboard.certified_restaurants)}</p>
                            <p class="stat-note"><a href="/certified">{t!(i18n, dashboard.to_certified)}</a></p>
                        </div>
                    </div>
                    <h2>{t!(i18n, dashboard.footprint_heading)}</h2>
                    <TrendChart id="public-footprint" trend=s.trend.clone() target_kg=s.target_kg/>
                    <h2>{t!(i18n, dashboard.bands_heading)}</h2>
                    <Bands id="public-bands" bands=s.bands.clone()/>
                    <h2>{t!(i18n, dashboard.ingredients_heading)}</h2>
                    <Ingredients id="public-ingredients" names=v.ingredients.clone() shares/>
                    <ExportLinks path="/stats/meals" query=open/>
                }
            }
        </Loaded>
        </div>
    }
}
