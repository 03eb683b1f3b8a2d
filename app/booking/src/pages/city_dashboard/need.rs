//! The dashboard's need by district: where children wait longest.

use crate::labels::home_district_label;
use domain::booking::dashboard::DistrictNeed;
use domain::booking::waiting::Targets;
use i18n::*;
use leptos::prelude::*;
use platform::charts::{Bar, BarChart, Target};
use platform::format::{days, percent};
use platform::layout::TableRegion;

#[component]
pub(crate) fn NeedSection(need: Vec<DistrictNeed>, t: Targets) -> impl IntoView {
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
        value: t.days as f64,
        label: td_string!(l, dashboard.days_target, days = t.days).to_string(),
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
