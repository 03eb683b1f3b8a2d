//! The public summary of the city's figures.

use super::cells::*;
use super::filter::*;
use crate::labels::home_district_label;
use crate::server_fns::dashboard::city_summary;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::charts::{Bar, BarChart, Target};
use platform::filters::{ExportLinks, QuarterFilter, period_months};
use platform::format::{days, month_label, percent, query_string};
use platform::layout::{Loaded, TableRegion};

/// `/stats/early-intervention`: the public summary, aggregate figures only,
/// any count of fewer than five children suppressed.
#[component]
pub fn CityStatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let q = query();
    let data = Resource::new(move || (q.from.clone(), q.to.clone()), |(f, t)| city_summary(f, t));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.public_city_title, city = names.city.as_str()).to_string()/>
        <h1>{t!(i18n, dashboard.public_city_heading)}</h1>
        {page_targets().map(|t| view! { <p>{td_string!(i18n.get_locale_untracked(), dashboard.public_city_intro, city = names.city.as_str(), city_short = names.city_short.as_str(), days = t.days, share = percent(Some(t.share))).to_string()}</p> })}
        <div class="dashboard">
        <Loaded data let:s>
            {
                let l = i18n.get_locale_untracked();
                let (from, to) = period_months(&s.period);
                let bars = s
                    .months
                    .iter()
                    .map(|m| Bar {
                        label: month_label(m.month),
                        value: m.share_within.map(|x| x * 100.0),
                        text: percent(m.share_within),
                    })
                    .collect();
                let target = Target {
                    value: s.target_share * 100.0,
                    label: td_string!(l, dashboard.target_line, share = percent(Some(s.target_share))).to_string(),
                };
                let open = query_string(&[("from", from), ("to", to)]);
                view! {
                    <QuarterFilter action="/stats/early-intervention" period=s.period quarters=s.quarters.clone()/>
                    <div class="cards">
                        <div class="card stat">
                            <p class="stat-value">{percent(s.share_within)}</p>
                            <p>{td_string!(l, dashboard.share_within, days = s.target_days).to_string()}</p>
                            <p class="stat-note"><strong>{verdict(l, s.share_within, s.target_share)}</strong></p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{days(s.median_days)}</p>
                            <p>{t!(i18n, dashboard.median_wait)}</p>
                            <p class="stat-note">{td_string!(l, dashboard.p90_wait, days = days(s.p90_days)).to_string()}</p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{cell(s.assessed)}</p>
                            <p>{t!(i18n, dashboard.assessed_first)}</p>
                        </div>
                        <div class="card stat">
                            <p class="stat-value">{s.places_offered}</p>
                            <p>{td_string!(l, dashboard.places_summary, taken = cell(s.places_taken), no_shows = cell(s.no_shows)).to_string()}</p>
                        </div>
                    </div>
                    <h2>{t!(i18n, dashboard.trend_heading)}</h2>
                    <BarChart id="public-trend" title=td_string!(l, dashboard.trend_chart).to_string()
                        axis=td_string!(l, dashboard.trend_axis).to_string() bars target/>
                    <TableRegion>
                        <table>
                            <caption>{t!(i18n, dashboard.trend_table)}</caption>
                            <thead><tr>
                                <th scope="col">{t!(i18n, dashboard.month)}</th>
                                <th scope="col">{t!(i18n, dashboard.assessed)}</th>
                                <th scope="col">{t!(i18n, dashboard.share)}</th>
                                <th scope="col">{t!(i18n, dashboard.median)}</th>
                            </tr></thead>
                            <tbody>
                                {s.months.iter().map(|m| view! {
                                    <tr>
                                        <th scope="row">{month_label(m.month)}</th>
                                        <td>{cell(m.assessed)}</td>
                                        <td>{percent(m.share_within)}</td>
                                        <td>{days(m.median_days)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                    <h2>{t!(i18n, dashboard.need_heading)}</h2>
                    <TableRegion>
                        <table>
                            <caption>{t!(i18n, dashboard.need_table)}</caption>
                            <thead><tr>
                                <th scope="col">{t!(i18n, dashboard.district)}</th>
                                <th scope="col">{t!(i18n, dashboard.registrations)}</th>
                                <th scope="col">{t!(i18n, dashboard.referrals)}</th>
                                <th scope="col">{t!(i18n, dashboard.places_nearby)}</th>
                                <th scope="col">{t!(i18n, dashboard.median)}</th>
                            </tr></thead>
                            <tbody>
                                {s.districts.iter().map(|d| view! {
                                    <tr>
                                        <th scope="row">{home_district_label(l, d.district)}</th>
                                        <td>{cell(d.registrations)}</td>
                                        <td>{cell(d.referrals)}</td>
                                        <td>{d.places}</td>
                                        <td>{days(d.median_days)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                    <p class="hint">{t!(i18n, dashboard.suppressed_note)}</p>
                    <ExportLinks path="/stats/early-intervention" query=open/>
                }
            }
        </Loaded>
        </div>
    }
}
