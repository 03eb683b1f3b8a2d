//! The city's dashboard (`/city/dashboard`), the assessments behind a
//! month's figures (`/city/dashboard/rows`) and the public summary
//! (`/stats/early-intervention`). Server-rendered: the filter is a GET
//! form, the charts are SVG with a data table each, the exports are links.

use crate::labels::home_district_label;
use crate::server_fns::dashboard::{CentreName, CityDashboardView, city_figures, city_rows, city_summary};
use domain::Named;
use domain::booking::District;
use domain::booking::dashboard::{Capacity, DistrictNeed};
use domain::booking::waiting::{TARGET_DAYS, TARGET_SHARE, WaitFigures};
use domain::stats::Cell;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::charts::{Bar, BarChart, Target};
use platform::filters::{ExportLinks, PeriodFilter, period_months};
use platform::format::{self, Localized, days, month_label, percent, query_string};
use platform::layout::{Loaded, TableRegion};

/// The query's filter fields, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Query {
    from: String,
    to: String,
    centre: String,
    district: String,
}

fn query() -> Query {
    use_query_map().with_untracked(|q| Query {
        from: q.get("from").unwrap_or_default(),
        to: q.get("to").unwrap_or_default(),
        centre: q.get("centre").unwrap_or_default(),
        district: q.get("district").unwrap_or_default(),
    })
}

fn cell(c: Cell) -> String {
    match c {
        Cell::Shown(n) => n.to_string(),
        Cell::Suppressed => "<5".to_string(),
    }
}

/// Whether a share meets the 80 % target, in words (never colour alone).
fn verdict(l: Locale, share: Option<f64>) -> &'static str {
    match share {
        Some(s) if s >= TARGET_SHARE => td_string!(l, dashboard.meets_target),
        Some(_) => td_string!(l, dashboard.below_target),
        None => td_string!(l, dashboard.no_figure),
    }
}

#[component]
fn Filters(v: CityDashboardView, q: Query) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let (from, to) = period_months(&v.d.filter.period);
    let centre = v.d.filter.centre;
    let district = v.d.filter.district;
    let export = query_string(&[
        ("from", from),
        ("to", to),
        ("centre", q.centre.clone()),
        ("district", q.district.clone()),
    ]);
    let own = v.own_centre;
    view! {
        <PeriodFilter action="/city/dashboard" period=v.d.filter.period>
            {own.is_none().then(|| view! {
                <span>
                    <label for="centre">{t!(i18n, dashboard.centre)}</label>
                    <select id="centre" name="centre" class="field">
                        <option value="">{t!(i18n, dashboard.all_centres)}</option>
                        {v.centres.iter().map(|c| view! {
                            <option value=c.id.to_string() selected=centre == Some(c.id)>{c.name.tr(l)}</option>
                        }).collect_view()}
                    </select>
                </span>
            })}
            <span>
                <label for="district">{t!(i18n, dashboard.district)}</label>
                <select id="district" name="district" class="field">
                    <option value="">{t!(i18n, dashboard.all_districts)}</option>
                    {District::all().map(|d| view! {
                        <option value=d.as_str() selected=district == Some(d)>{format::place(l, d)}</option>
                    }).collect_view()}
                </select>
            </span>
        </PeriodFilter>
        <ExportLinks path="/city/dashboard" query=export/>
    }
}

fn centre_name(l: Locale, centres: &[CentreName], id: i64) -> String {
    centres
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.name.tr(l))
        .unwrap_or_else(|| id.to_string())
}

#[component]
fn Headline(month: String, f: WaitFigures, period: WaitFigures, overdue: usize) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <section aria-labelledby="headline-h" class="dash-headline">
            <h2 id="headline-h">{td_string!(l, dashboard.headline_heading, month = month).to_string()}</h2>
            <div class="cards">
                <div class="card stat">
                    <p class="stat-value">{percent(f.share_within)}</p>
                    <p>{td_string!(l, dashboard.share_within, days = TARGET_DAYS).to_string()}</p>
                    <p class="stat-note">
                        <strong>{verdict(l, f.share_within)}</strong>
                        " · " {td_string!(l, dashboard.target_is, share = percent(Some(TARGET_SHARE))).to_string()}
                    </p>
                    <p class="stat-note">{td_string!(l, dashboard.of_assessed, within = f.within, assessed = f.assessed).to_string()}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{days(f.median_days)}</p>
                    <p>{t!(i18n, dashboard.median_wait)}</p>
                    <p class="stat-note">{td_string!(l, dashboard.p90_wait, days = days(f.p90_days)).to_string()}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{percent(period.share_within)}</p>
                    <p>{t!(i18n, dashboard.share_period)}</p>
                    <p class="stat-note">{td_string!(l, dashboard.median_period, days = days(period.median_days)).to_string()}</p>
                </div>
                <div class="card stat">
                    <p class="stat-value">{overdue}</p>
                    <p>{td_string!(l, dashboard.overdue_now, days = TARGET_DAYS).to_string()}</p>
                </div>
            </div>
        </section>
    }
}

#[component]
fn Trend(v: CityDashboardView, q: Query) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let bars =
        v.d.trend
            .iter()
            .map(|(m, f)| Bar {
                label: month_label(*m),
                value: f.share_within.map(|s| s * 100.0),
                text: format!("{} ({})", percent(f.share_within), f.assessed),
            })
            .collect();
    let target = Target {
        value: TARGET_SHARE * 100.0,
        label: td_string!(l, dashboard.target_line, share = percent(Some(TARGET_SHARE))).to_string(),
    };
    view! {
        <section aria-labelledby="trend-h">
            <h2 id="trend-h">{t!(i18n, dashboard.trend_heading)}</h2>
            <BarChart id="trend-chart" title=td_string!(l, dashboard.trend_chart).to_string()
                axis=td_string!(l, dashboard.trend_axis).to_string() bars target/>
            <TableRegion>
                <table>
                    <caption>{t!(i18n, dashboard.trend_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, dashboard.month)}</th>
                        <th scope="col">{t!(i18n, dashboard.assessed)}</th>
                        <th scope="col">{t!(i18n, dashboard.within)}</th>
                        <th scope="col">{t!(i18n, dashboard.share)}</th>
                        <th scope="col">{t!(i18n, dashboard.target_col)}</th>
                        <th scope="col">{t!(i18n, dashboard.median)}</th>
                        <th scope="col">{t!(i18n, dashboard.p90)}</th>
                        <th scope="col">{t!(i18n, dashboard.rows)}</th>
                    </tr></thead>
                    <tbody>
                        {v.d.trend.iter().map(|(m, f)| {
                            let link = format!("/city/dashboard/rows?{}", query_string(&[
                                ("month", month_label(*m)),
                                ("centre", q.centre.clone()),
                                ("district", q.district.clone()),
                            ]));
                            let label = month_label(*m);
                            view! {
                                <tr>
                                    <th scope="row">{label.clone()}</th>
                                    <td>{f.assessed}</td>
                                    <td>{f.within}</td>
                                    <td>{percent(f.share_within)}</td>
                                    <td>{verdict(l, f.share_within)}</td>
                                    <td>{days(f.median_days)}</td>
                                    <td>{days(f.p90_days)}</td>
                                    <td>{(f.assessed > 0).then(|| view! {
                                        <a href=link aria-label=td_string!(l, dashboard.rows_of, month = label).to_string()>{t!(i18n, dashboard.see_rows)}</a>
                                    })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableRegion>
        </section>
    }
}

fn capacity_cells(c: &Capacity) -> impl IntoView + use<> {
    view! {
        <td>{c.offered}</td>
        <td>{c.taken}</td>
        <td>{c.cancelled}</td>
        <td>{c.no_shows}</td>
        <td>{c.empty}</td>
        <td>{c.still_free}</td>
        <td>{percent(c.use_share())}</td>
        <td>{percent(c.reserve_use())}</td>
        <td>{percent(c.fast_track_share())}</td>
    }
}

#[component]
fn CapacityHead(first: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let first = match first {
        "centre" => td_string!(l, dashboard.centre),
        _ => td_string!(l, dashboard.week),
    };
    view! {
        <thead><tr>
            <th scope="col">{first}</th>
            <th scope="col">{t!(i18n, dashboard.offered)}</th>
            <th scope="col">{t!(i18n, dashboard.taken)}</th>
            <th scope="col">{t!(i18n, dashboard.cancelled)}</th>
            <th scope="col">{t!(i18n, dashboard.no_shows)}</th>
            <th scope="col">{t!(i18n, dashboard.empty)}</th>
            <th scope="col">{t!(i18n, dashboard.still_free)}</th>
            <th scope="col">{t!(i18n, dashboard.use_share)}</th>
            <th scope="col">{t!(i18n, dashboard.reserve_use)}</th>
            <th scope="col">{t!(i18n, dashboard.fast_track)}</th>
        </tr></thead>
    }
}

#[component]
fn CapacitySection(v: CityDashboardView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let bars =
        v.d.by_centre
            .iter()
            .map(|(id, c)| Bar {
                label: centre_name(l, &v.centres, *id),
                value: c.use_share().map(|s| s * 100.0),
                text: format!("{} ({}/{})", percent(c.use_share()), c.taken, c.offered),
            })
            .collect();
    let total = v.d.capacity;
    view! {
        <section aria-labelledby="capacity-h">
            <h2 id="capacity-h">{t!(i18n, dashboard.capacity_heading)}</h2>
            <p>{td_string!(l, dashboard.capacity_summary,
                offered = total.offered, taken = total.taken, no_shows = total.no_shows, empty = total.empty,
                reserve = percent(total.reserve_use()), fast = percent(total.fast_track_share())).to_string()}</p>
            <BarChart id="capacity-chart" title=td_string!(l, dashboard.capacity_chart).to_string()
                axis=td_string!(l, dashboard.capacity_axis).to_string() bars/>
            <TableRegion>
                <table>
                    <caption>{t!(i18n, dashboard.by_centre_table)}</caption>
                    <CapacityHead first="centre"/>
                    <tbody>
                        {v.d.by_centre.iter().map(|(id, c)| view! {
                            <tr><th scope="row">{centre_name(l, &v.centres, *id)}</th>{capacity_cells(c)}</tr>
                        }).collect_view()}
                        <tr class="sum-row"><th scope="row">{t!(i18n, dashboard.total)}</th>{capacity_cells(&total)}</tr>
                    </tbody>
                </table>
            </TableRegion>
            <details>
                <summary>{t!(i18n, dashboard.by_week_table)}</summary>
                <TableRegion>
                    <table>
                        <caption>{t!(i18n, dashboard.by_week_table)}</caption>
                        <CapacityHead first="week"/>
                        <tbody>
                            {v.d.by_week.iter().map(|(w, c)| view! {
                                <tr><th scope="row">{format::date(l, *w)}</th>{capacity_cells(c)}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableRegion>
            </details>
        </section>
    }
}

#[component]
fn NeedSection(need: Vec<DistrictNeed>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let bars = need
        .iter()
        .filter(|n| n.waits.assessed > 0)
        .map(|n| Bar {
            label: home_district_label(l, n.district).to_string(),
            value: n.waits.median_days,
            text: td_string!(l, dashboard.days_n, days = days(n.waits.median_days)).to_string(),
        })
        .collect();
    let target = Target {
        value: TARGET_DAYS as f64,
        label: td_string!(l, dashboard.days_target, days = TARGET_DAYS).to_string(),
    };
    view! {
        <section aria-labelledby="need-h">
            <h2 id="need-h">{t!(i18n, dashboard.need_heading)}</h2>
            <p>{t!(i18n, dashboard.need_intro)}</p>
            <BarChart id="need-chart" title=td_string!(l, dashboard.need_chart).to_string()
                axis=td_string!(l, dashboard.need_axis).to_string() bars target/>
            <TableRegion>
                <table>
                    <caption>{t!(i18n, dashboard.need_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, dashboard.district)}</th>
                        <th scope="col">{t!(i18n, dashboard.registrations)}</th>
                        <th scope="col">{t!(i18n, dashboard.referrals)}</th>
                        <th scope="col">{t!(i18n, dashboard.places_nearby)}</th>
                        <th scope="col">{t!(i18n, dashboard.assessed)}</th>
                        <th scope="col">{t!(i18n, dashboard.median)}</th>
                        <th scope="col">{t!(i18n, dashboard.p90)}</th>
                        <th scope="col">{t!(i18n, dashboard.share)}</th>
                    </tr></thead>
                    <tbody>
                        {need.iter().map(|n| view! {
                            <tr>
                                <th scope="row">{home_district_label(l, n.district)}</th>
                                <td>{n.registrations}</td>
                                <td>{n.referrals}</td>
                                <td>{n.places}</td>
                                <td>{n.waits.assessed}</td>
                                <td>{days(n.waits.median_days)}</td>
                                <td>{days(n.waits.p90_days)}</td>
                                <td>{percent(n.waits.share_within)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableRegion>
        </section>
    }
}

#[component]
fn CityWork(v: CityDashboardView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let r = v.d.referrals;
    let w = v.d.waitlist;
    view! {
        <section aria-labelledby="work-h">
            <h2 id="work-h">{t!(i18n, dashboard.work_heading)}</h2>
            <div class="cards">
                <div class="card">
                    <h3>{t!(i18n, dashboard.referrals_heading)}</h3>
                    <dl class="facts dash-facts">
                        <dt>{t!(i18n, dashboard.referrals)}</dt><dd>{r.referrals}</dd>
                        <dt>{t!(i18n, dashboard.reported_within_week)}</dt>
                        <dd>{format!("{} ({})", percent(r.reported_share()), r.reported_within_week)}</dd>
                        <dt>{t!(i18n, dashboard.cases_opened)}</dt><dd>{r.cases_opened}</dd>
                        <dt>{t!(i18n, dashboard.contacted_on_time)}</dt>
                        <dd>{format!("{} ({})", percent(r.contacted_share()), r.contacted_on_time)}</dd>
                        <dt>{t!(i18n, dashboard.cases_overdue)}</dt><dd>{r.overdue_now}</dd>
                    </dl>
                    <p><a href="/city/cases">{t!(i18n, dashboard.to_cases)}</a></p>
                </div>
                <div class="card">
                    <h3>{t!(i18n, dashboard.waitlist_heading)}</h3>
                    <dl class="facts dash-facts">
                        <dt>{t!(i18n, dashboard.waiting_now)}</dt><dd>{w.waiting_now}</dd>
                        <dt>{t!(i18n, dashboard.joined)}</dt><dd>{w.joined}</dd>
                        <dt>{t!(i18n, dashboard.days_to_offer)}</dt><dd>{days(w.median_days_to_offer)}</dd>
                        <dt>{t!(i18n, dashboard.offers)}</dt><dd>{w.offers}</dd>
                        <dt>{t!(i18n, dashboard.acceptance)}</dt>
                        <dd>{td_string!(l, dashboard.acceptance_value, share = percent(w.acceptance_share()), accepted = w.accepted, answered = w.answered).to_string()}</dd>
                    </dl>
                </div>
            </div>
        </section>
    }
}

/// `/city/dashboard`: the city's figures (a centre's staff: their centre's).
#[component]
pub fn CityDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let q = query();
    let q2 = q.clone();
    let data = Resource::new(move || q.clone(), |q| city_figures(q.from, q.to, q.centre, q.district));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.city_title).to_string()/>
        <h1>{t!(i18n, dashboard.city_heading)}</h1>
        <p>{td_string!(i18n.get_locale_untracked(), dashboard.city_intro, days = TARGET_DAYS, share = percent(Some(TARGET_SHARE))).to_string()}</p>
        <div class="dashboard">
        <Loaded data let:v>
            {
                let l = i18n.get_locale_untracked();
                let q = q2.clone();
                let last = v.d.filter.period.last;
                let scope = match v.own_centre {
                    Some(c) => td_string!(l, dashboard.scope_centre, centre = centre_name(l, &v.centres, c)).to_string(),
                    None => td_string!(l, dashboard.scope_city).to_string(),
                };
                view! {
                    <p class="hint">{scope}</p>
                    <Filters v=v.clone() q=q.clone()/>
                    <Headline month=month_label(last) f=v.d.this_month period=v.d.period overdue=v.d.overdue_now/>
                    <Trend v=v.clone() q/>
                    <CapacitySection v=v.clone()/>
                    <NeedSection need=v.d.need.clone()/>
                    {v.own_centre.is_none().then(|| view! { <CityWork v=v.clone()/> })}
                }
            }
        </Loaded>
        </div>
    }
}

/// `/city/dashboard/rows?month=…`: the first assessments of a month behind
/// the figures, longest wait first (each read is audited).
#[component]
pub fn CityRowsPage() -> impl IntoView {
    let i18n = use_i18n();
    let (month, centre, district) = use_query_map().with_untracked(|q| {
        (
            q.get("month").unwrap_or_default(),
            q.get("centre").unwrap_or_default(),
            q.get("district").unwrap_or_default(),
        )
    });
    let m2 = month.clone();
    let back = format!(
        "/city/dashboard?{}",
        query_string(&[
            ("from", month.clone()),
            ("to", month.clone()),
            ("centre", centre.clone()),
            ("district", district.clone()),
        ])
    );
    let rows = Resource::new(
        move || (month.clone(), centre.clone(), district.clone()),
        |(m, c, d)| city_rows(m, c, d),
    );
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.rows_title).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), dashboard.rows_heading, month = m2).to_string()}</h1>
        <p>{t!(i18n, dashboard.rows_intro)}</p>
        <p><a href=back>{t!(i18n, dashboard.back_to_dashboard)}</a></p>
        <div class="dashboard">
        <Loaded data=rows let:list>
            {
                let l = i18n.get_locale_untracked();
                let n = list.len();
                view! {
                    <p role="status">{td_string!(l, dashboard.rows_count, n = n).to_string()}</p>
                    <TableRegion>
                        <table>
                            <caption>{t!(i18n, dashboard.rows_table)}</caption>
                            <thead><tr>
                                <th scope="col">{t!(i18n, dashboard.reference)}</th>
                                <th scope="col">{t!(i18n, dashboard.centre)}</th>
                                <th scope="col">{t!(i18n, dashboard.district)}</th>
                                <th scope="col">{t!(i18n, dashboard.referred)}</th>
                                <th scope="col">{t!(i18n, dashboard.registered)}</th>
                                <th scope="col">{t!(i18n, dashboard.assessed_on)}</th>
                                <th scope="col">{t!(i18n, dashboard.days_waited)}</th>
                                <th scope="col">{t!(i18n, dashboard.target_col)}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.reference}</th>
                                        <td>{r.centre.tr(l)}</td>
                                        <td>{home_district_label(l, r.home)}</td>
                                        <td>{r.referred.map(|d| format::date(l, d)).unwrap_or_default()}</td>
                                        <td>{format::date(l, r.registered)}</td>
                                        <td>{format::date(l, r.assessed)}</td>
                                        <td>{r.days}</td>
                                        <td>{if r.within { td_string!(l, dashboard.within_target) } else { td_string!(l, dashboard.over_target) }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                }
            }
        </Loaded>
        </div>
    }
}

/// `/stats/early-intervention`: the public summary, aggregate figures only,
/// any count of fewer than five children suppressed.
#[component]
pub fn CityStatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let q = query();
    let data = Resource::new(move || (q.from.clone(), q.to.clone()), |(f, t)| city_summary(f, t));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.public_city_title).to_string()/>
        <h1>{t!(i18n, dashboard.public_city_heading)}</h1>
        <p>{td_string!(i18n.get_locale_untracked(), dashboard.public_city_intro, days = TARGET_DAYS, share = percent(Some(TARGET_SHARE))).to_string()}</p>
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
                    <PeriodFilter action="/stats/early-intervention" period=s.period/>
                    <div class="cards">
                        <div class="card stat">
                            <p class="stat-value">{percent(s.share_within)}</p>
                            <p>{td_string!(l, dashboard.share_within, days = s.target_days).to_string()}</p>
                            <p class="stat-note"><strong>{verdict(l, s.share_within)}</strong></p>
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
