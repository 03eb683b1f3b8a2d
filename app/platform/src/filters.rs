//! What every dashboard and public summary puts above and below its figures:
//! the period filter (a plain GET form, so it works without JavaScript) and
//! the links to the same figures as CSV and JSON.

use crate::format::month_label;
use domain::stats::Period;
use i18n::*;
use leptos::prelude::*;

/// A period's months as the month fields show them: `("2025-12", "2026-11")`.
pub fn period_months(p: &Period) -> (String, String) {
    (month_label(p.first), month_label(p.last))
}

/// The filter form sent to `action`: from-month and to-month of `period`,
/// then the view's own fields (`children`), then Apply.
#[component]
pub fn PeriodFilter(
    action: &'static str,
    period: Period,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (from, to) = period_months(&period);
    view! {
        <form method="get" action=action class="filters row" role="search">
            <span>
                <label for="from">{t!(i18n, dashboard.from)}</label>
                <input id="from" name="from" type="month" class="field" value=from required/>
            </span>
            <span>
                <label for="to">{t!(i18n, dashboard.to)}</label>
                <input id="to" name="to" type="month" class="field" value=to required/>
            </span>
            {children.map(|c| c())}
            <span class="filters-submit"><button type="submit" class="button secondary">{t!(i18n, dashboard.apply)}</button></span>
        </form>
    }
}

/// The public summaries' filter: one of the calendar quarters that have
/// ended (`quarters`, newest first), sent as its first month (`from`).
#[component]
pub fn QuarterFilter(action: &'static str, period: Period, quarters: Vec<Period>) -> impl IntoView {
    use chrono::Datelike;
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let options = quarters
        .into_iter()
        .map(|q| {
            let label = td_string!(
                l,
                dashboard.quarter_label,
                q = q.first.month().div_ceil(3),
                year = q.first.year()
            );
            view! { <option value=month_label(q.first) selected={q == period}>{label.to_string()}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=action class="filters row" role="search">
            <span>
                <label for="from">{t!(i18n, dashboard.quarter)}</label>
                <select id="from" name="from" class="field">{options}</select>
            </span>
            <span class="filters-submit"><button type="submit" class="button secondary">{t!(i18n, dashboard.quarter_show)}</button></span>
        </form>
        <p class="stat-note">{t!(i18n, dashboard.quarters_note)}</p>
    }
}

/// Links to `{path}.csv` and `{path}.json` with the view's filter (`query`,
/// from [`crate::format::query_string`]).
#[component]
pub fn ExportLinks(path: &'static str, query: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="row exports">
            <a class="button secondary" href=format!("{path}.csv?{query}") download>{t!(i18n, dashboard.export_csv)}</a>
            <a class="button secondary" href=format!("{path}.json?{query}")>{t!(i18n, dashboard.export_json)}</a>
        </p>
    }
}
