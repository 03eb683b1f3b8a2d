//! The rows behind a figure, for the city's drill-down.

use crate::labels::home_district_label;
use crate::server_fns::dashboard::city_rows;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::format::{self, Localized, query_string};
use platform::layout::{Loaded, TableRegion};

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
