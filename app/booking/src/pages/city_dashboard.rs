//! The city's dashboard (`/city/dashboard`), the assessments behind a
//! month's figures (`/city/dashboard/rows`) and the public summary
//! (`/stats/early-intervention`). Server-rendered: the filter is a GET
//! form, the charts are SVG with a data table each, the exports are links.

use crate::server_fns::dashboard::city_figures;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format::{month_label, percent};
use platform::layout::Loaded;
mod cells;
use cells::*;
mod filter;
use filter::*;
mod need;
mod sections;
use need::*;
use sections::*;
mod rows;
pub use rows::*;
mod stats;
pub use stats::*;

/// `/city/dashboard`: the city's figures (a centre's staff: their centre's).
#[component]
pub fn CityDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let q = query();
    let q2 = q.clone();
    let data = Resource::new(move || q.clone(), |q| city_figures(q.from, q.to, q.centre, q.district));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), dashboard.city_title, city = platform::profile::names(i18n.get_locale_untracked()).city).to_string()/>
        <h1>{t!(i18n, dashboard.city_heading)}</h1>
        {page_targets().map(|t| view! { <p>{td_string!(i18n.get_locale_untracked(), dashboard.city_intro, days = t.days, share = percent(Some(t.share))).to_string()}</p> })}
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
                    <Headline month=month_label(last) f=v.d.this_month period=v.d.period overdue=v.d.overdue_now t=v.d.targets/>
                    <Trend v=v.clone() q/>
                    <CapacitySection v=v.clone()/>
                    <NeedSection need=v.d.need.clone() t=v.d.targets/>
                    {v.own_centre.is_none().then(|| view! { <CityWork v=v.clone()/> })}
                }
            }
        </Loaded>
        </div>
    }
}
