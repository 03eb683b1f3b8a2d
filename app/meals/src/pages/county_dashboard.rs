//! The county's dashboard (`/county/dashboard`) and the public summary
//! (`/stats/meals`). Server-rendered: the filter is a GET form, the charts
//! are SVG with a data table each, the exports are links.

use crate::server_fns::dashboard::{CountyDashboardView, county_figures, county_summary};
use domain::Named;
use domain::meals::Band;
use domain::meals::Township;
use domain::meals::dashboard::MonthFootprint;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::charts::{Bar, BarChart, Target};
use platform::filters::{ExportLinks, PeriodFilter, period_months};
use platform::format::{self, Localized, month_label, percent, query_string};
use platform::layout::{Loaded, TableRegion};

fn band_label(l: Locale, b: Band) -> &'static str {
    match b {
        Band::Green => td_string!(l, dashboard.band_green),
        Band::Yellow => td_string!(l, dashboard.band_yellow),
        Band::Red => td_string!(l, dashboard.band_red),
    }
}

fn kg_or_dash(x: Option<f64>) -> String {
    x.map(format::kg).unwrap_or_else(|| "–".to_string())
}

#[component]
fn TrendChart(id: &'static str, trend: Vec<MonthFootprint>, target_kg: f64) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let bars = trend
        .iter()
        .map(|m| Bar {
            label: month_label(m.month),
            value: m.average_kg,
            text: format!("{} ({})", kg_or_dash(m.average_kg), m.meals),
        })
        .collect();
    let target = Target {
        value: target_kg,
        label: td_string!(l, dashboard.kg_target, kg = format::kg(target_kg)).to_string(),
    };
    view! {
        <BarChart id title=td_string!(l, dashboard.footprint_chart).to_string()
            axis=td_string!(l, dashboard.footprint_axis).to_string() bars target/>
        <TableRegion>
            <table>
                <caption>{t!(i18n, dashboard.footprint_table)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, dashboard.month)}</th>
                    <th scope="col">{t!(i18n, dashboard.meals)}</th>
                    <th scope="col">{t!(i18n, dashboard.average_kg)}</th>
                </tr></thead>
                <tbody>
                    {trend.into_iter().map(|m| view! {
                        <tr>
                            <th scope="row">{month_label(m.month)}</th>
                            <td>{m.meals}</td>
                            <td>{kg_or_dash(m.average_kg)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}

#[component]
fn Bands(id: &'static str, bands: Vec<(Band, usize)>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let total: usize = bands.iter().map(|(_, n)| n).sum();
    let bars = bands
        .iter()
        .map(|(b, n)| Bar {
            label: band_label(l, *b).to_string(),
            value: Some(*n as f64),
            text: format!("{n} ({})", percent(domain::stats::share(*n, total))),
        })
        .collect();
    view! {
        <BarChart id title=td_string!(l, dashboard.bands_chart).to_string()
            axis=td_string!(l, dashboard.bands_axis).to_string() bars/>
        <TableRegion>
            <table>
                <caption>{t!(i18n, dashboard.bands_table)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, dashboard.band)}</th>
                    <th scope="col">{t!(i18n, dashboard.meals)}</th>
                    <th scope="col">{t!(i18n, dashboard.share_of_meals)}</th>
                </tr></thead>
                <tbody>
                    {bands.into_iter().map(|(b, n)| view! {
                        <tr>
                            <th scope="row">{band_label(l, b)}</th>
                            <td>{n}</td>
                            <td>{percent(domain::stats::share(n, total))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}

#[component]
fn Ingredients(id: &'static str, names: Vec<domain::Bilingual>, shares: Vec<(f64, f64)>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let bars = names
        .iter()
        .zip(&shares)
        .map(|(n, (_, share))| Bar {
            label: n.tr(l),
            value: Some(share * 100.0),
            text: percent(Some(*share)),
        })
        .collect();
    view! {
        <BarChart id title=td_string!(l, dashboard.ingredients_chart).to_string()
            axis=td_string!(l, dashboard.ingredients_axis).to_string() bars/>
        <TableRegion>
            <table>
                <caption>{t!(i18n, dashboard.ingredients_table)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, dashboard.ingredient)}</th>
                    <th scope="col">{t!(i18n, dashboard.kg_total)}</th>
                    <th scope="col">{t!(i18n, dashboard.share_of_total)}</th>
                </tr></thead>
                <tbody>
                    {names.into_iter().zip(shares).map(|(n, (kg, share))| view! {
                        <tr>
                            <th scope="row">{n.tr(l)}</th>
                            <td>{format::kg(kg)}</td>
                            <td>{percent(Some(share))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}

fn township_label(l: Locale, t: Township) -> &'static str {
    format::place(l, t)
}

#[component]
fn Body(v: CountyDashboardView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let d = v.d.clone();
    let (from, to) = period_months(&d.filter.period);
    let township = d.filter.township;
    let export = query_string(&[
        ("from", from),
        ("to", to),
        ("township", township.map(|t| t.as_str().to_string()).unwrap_or_default()),
    ]);
    let restaurant_rows: Vec<(String, domain::meals::dashboard::RestaurantFootprint)> = d
        .by_restaurant
        .iter()
        .map(|r| {
            let name = v
                .restaurants
                .iter()
                .find(|x| x.id == r.restaurant)
                .map(|x| x.name.tr(l))
                .unwrap_or_else(|| r.restaurant.to_string());
            (name, *r)
        })
        .collect();
    let restaurant_bars: Vec<Bar> = restaurant_rows
        .iter()
        .map(|(name, r)| Bar {
            label: name.clone(),
            value: Some(r.average_kg),
            text: format::kg(r.average_kg),
        })
        .collect();
    let meeting = d.by_restaurant.iter().filter(|r| r.meets_target).count();
    let restaurant_target = Target {
        value: d.target_kg,
        label: td_string!(l, dashboard.kg_target, kg = format::kg(d.target_kg)).to_string(),
    };
    let c = v.certification;
    let shares: Vec<(f64, f64)> = d.top_ingredients.iter().map(|i| (i.kg_co2e, i.share)).collect();
    view! {
        <PeriodFilter action="/county/dashboard" period=d.filter.period>
            <span>
                <label for="township">{t!(i18n, dashboard.township)}</label>
                <select id="township" name="township" class="field">
                    <option value="">{t!(i18n, dashboard.all_townships)}</option>
                    {Township::all().map(|t| view! {
                        <option value=t.as_str() selected=township == Some(t)>{township_label(l, t)}</option>
                    }).collect_view()}
                </select>
            </span>
        </PeriodFilter>
        <ExportLinks path="/county/dashboard" query=export/>
        <section aria-labelledby="glance-h" class="dash-headline">
            <h2 id="glance-h">{t!(i18n, dashboard.glance)}</h2>
            <div class="cards">
                <div class="card stat">
                    <p class="stat-value">{kg_or_dash(d.average_kg)}</p>
                    <p>{t!(i18n, dashboard.average_per_meal)}</p>
                    <p class="stat-note">
                        <strong>{match d.average_kg {
                            Some(a) if a <= d.target_kg => td_string!(l, dashboard.meets_target),
                            Some(_) => td_string!(l, dashboard.below_target_kg),
                            None => td_string!(l, dashboard.no_figure),
                        }}</strong>
                        " · " {td_string!(l, dashboard.kg_target, kg = format::kg(d.target_kg)).to_string()}
                    </p>
                    <p class="stat-note">{td_string!(l, dashboard.meals_of, meals = d.meals, restaurants = d.restaurants).to_string()}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{percent(Some(d.shares.local))}</p>
                    <p>{t!(i18n, dashboard.local_share)}</p>
                    <p class="stat-note">{td_string!(l, dashboard.certified_share, share = percent(Some(d.shares.certified))).to_string()}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{format!("{meeting} / {}", d.restaurants)}</p>
                    <p>{t!(i18n, dashboard.restaurants_meeting)}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{c.certified()}</p>
                    <p>{t!(i18n, dashboard.certified_restaurants)}</p>
                    <p class="stat-note">{td_string!(l, dashboard.certified_levels, basic = c.basic, advanced = c.advanced, exemplary = c.exemplary).to_string()}</p>
                </div>
            </div>
        </section>
        <section aria-labelledby="trend-h">
            <h2 id="trend-h">{t!(i18n, dashboard.footprint_heading)}</h2>
            <TrendChart id="footprint-chart" trend=d.trend.clone() target_kg=d.target_kg/>
        </section>
        <section aria-labelledby="bands-h">
            <h2 id="bands-h">{t!(i18n, dashboard.bands_heading)}</h2>
            <Bands id="bands-chart" bands=d.bands.clone()/>
        </section>
        <section aria-labelledby="restaurants-h">
            <h2 id="restaurants-h">{t!(i18n, dashboard.restaurants_heading)}</h2>
            <BarChart id="restaurants-chart" title=td_string!(l, dashboard.restaurants_chart).to_string()
                axis=td_string!(l, dashboard.footprint_axis).to_string() bars=restaurant_bars target=restaurant_target/>
            <TableRegion>
                <table>
                    <caption>{t!(i18n, dashboard.restaurants_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, dashboard.restaurant)}</th>
                        <th scope="col">{t!(i18n, dashboard.meals)}</th>
                        <th scope="col">{t!(i18n, dashboard.average_kg)}</th>
                        <th scope="col">{t!(i18n, dashboard.target_col_kg)}</th>
                    </tr></thead>
                    <tbody>
                        {restaurant_rows.into_iter().map(|(name, r)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{r.meals}</td>
                                <td>{format::kg(r.average_kg)}</td>
                                <td>{if r.meets_target { td_string!(l, dashboard.meets_target) } else { td_string!(l, dashboard.below_target_kg) }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableRegion>
            <p><a href="/county/restaurants">{t!(i18n, dashboard.to_restaurants)}</a></p>
        </section>
        <section aria-labelledby="ingredients-h">
            <h2 id="ingredients-h">{t!(i18n, dashboard.ingredients_heading)}</h2>
            <p>{td_string!(l, dashboard.ingredients_intro, kg = format::kg(d.total_kg_co2e)).to_string()}</p>
            <Ingredients id="ingredients-chart" names=v.ingredients.clone() shares/>
        </section>
        <section aria-labelledby="cert-h">
            <h2 id="cert-h">{t!(i18n, dashboard.certification_heading)}</h2>
            <dl class="facts dash-facts">
                <dt>{t!(i18n, dashboard.level_basic)}</dt><dd>{c.basic}</dd>
                <dt>{t!(i18n, dashboard.level_advanced)}</dt><dd>{c.advanced}</dd>
                <dt>{t!(i18n, dashboard.level_exemplary)}</dt><dd>{c.exemplary}</dd>
                <dt>{t!(i18n, dashboard.applications_waiting)}</dt><dd>{c.waiting}</dd>
                <dt>{t!(i18n, dashboard.changes_requested)}</dt><dd>{c.changes_requested}</dd>
                <dt>{t!(i18n, dashboard.renewals_due)}</dt><dd>{c.renewals_due}</dd>
            </dl>
            <p><a href="/county/certification">{t!(i18n, dashboard.to_certification)}</a></p>
        </section>
    }
}

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
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.county_title).to_string()/>
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
    let (from, to) =
        use_query_map().with_untracked(|q| (q.get("from").unwrap_or_default(), q.get("to").unwrap_or_default()));
    let data = Resource::new(move || (from.clone(), to.clone()), |(f, t)| county_summary(f, t));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.public_meals_title).to_string()/>
        <h1>{t!(i18n, dashboard.public_meals_heading)}</h1>
        <p>{t!(i18n, dashboard.public_meals_intro)}</p>
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
