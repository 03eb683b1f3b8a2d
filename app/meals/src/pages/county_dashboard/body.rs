//! The county dashboard's body: figures by township and restaurant under the charts.

use super::charts::*;
use crate::server_fns::dashboard::CountyDashboardView;
use i18n::*;
use leptos::prelude::*;
use platform::charts::{Bar, BarChart, Target};
use platform::filters::{ExportLinks, PeriodFilter, period_months};
use platform::format::{self, Localized, percent, query_string};
use platform::layout::TableRegion;

#[component]
pub(crate) fn Body(v: CountyDashboardView) -> impl IntoView {
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
                    {crate::labels::township_choices(l).into_iter().map(|(t, name)| view! {
                        <option value=t.to_string() selected=township == Some(t)>{name}</option>
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
