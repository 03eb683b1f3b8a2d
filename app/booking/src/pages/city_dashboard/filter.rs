//! The dashboard's filter: the page's query, and its form.

use crate::server_fns::dashboard::CityDashboardView;
use i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use platform::filters::{ExportLinks, PeriodFilter, period_months};
use platform::format::{Localized, query_string};

/// The query's filter fields, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Query {
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) centre: String,
    pub(crate) district: String,
}

pub(crate) fn query() -> Query {
    use_query_map().with_untracked(|q| Query {
        from: q.get("from").unwrap_or_default(),
        to: q.get("to").unwrap_or_default(),
        centre: q.get("centre").unwrap_or_default(),
        district: q.get("district").unwrap_or_default(),
    })
}

#[component]
pub(crate) fn Filters(v: CityDashboardView, q: Query) -> impl IntoView {
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
                    {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| view! {
                        <option value=d.as_str() selected=district == Some(d)>{crate::labels::district_name(l, d)}</option>
                    }).collect_view()}
                </select>
            </span>
        </PeriodFilter>
        <ExportLinks path="/city/dashboard" query=export/>
    }
}
