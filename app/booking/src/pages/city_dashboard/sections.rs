//! The dashboard's sections: the headline, the trend, capacity, need by district, the city's work.

use super::cells::*;
use super::filter::*;
use crate::server_fns::dashboard::CityDashboardView;
use domain::booking::dashboard::Capacity;
use domain::booking::waiting::{Targets, WaitFigures};
use i18n::*;
use leptos::prelude::*;
use platform::charts::{Bar, BarChart, Target};
use platform::format::{self, days, month_label, percent, query_string};
use platform::layout::TableRegion;

#[component]
pub(crate) fn Headline(
    month: String,
    f: WaitFigures,
    period: WaitFigures,
    overdue: usize,
    t: Targets,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <section aria-labelledby="headline-h" class="dash-headline">
            <h2 id="headline-h">{td_string!(l, dashboard.headline_heading, month = month).to_string()}</h2>
            <div class="cards">
                <div class="card stat">
                    <p class="stat-value">{percent(f.share_within)}</p>
                    <p>{td_string!(l, dashboard.share_within, days = t.days).to_string()}</p>
                    <p class="stat-note">
                        <strong>{verdict(l, f.share_within, t.share)}</strong>
                        " · " {td_string!(l, dashboard.target_is, share = percent(Some(t.share))).to_string()}
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
                    <p>{td_string!(l, dashboard.overdue_now, days = t.days).to_string()}</p>
                </div>
            </div>
        </section>
    }
}

#[component]
pub(crate) fn Trend(v: CityDashboardView, q: Query) -> impl IntoView {
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
        value: v.d.targets.share * 100.0,
        label: td_string!(l, dashboard.target_line, share = percent(Some(v.d.targets.share))).to_string(),
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
                                    <td>{verdict(l, f.share_within, v.d.targets.share)}</td>
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

pub(crate) fn capacity_cells(c: &Capacity) -> impl IntoView + use<> {
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
pub(crate) fn CapacityHead(first: &'static str) -> impl IntoView {
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
pub(crate) fn CapacitySection(v: CityDashboardView) -> impl IntoView {
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
pub(crate) fn CityWork(v: CityDashboardView) -> impl IntoView {
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
