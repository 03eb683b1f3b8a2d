//! The county dashboard's charts: the monthly trend, the bands, the top ingredients.

use crate::labels::dashboard_band_label;
use domain::meals::Band;
use domain::meals::dashboard::MonthFootprint;
use i18n::*;
use leptos::prelude::*;
use platform::charts::{Bar, BarChart, Target};
use platform::format::{self, Localized, month_label, percent};
use platform::layout::TableRegion;

pub(crate) fn kg_or_dash(x: Option<f64>) -> String {
    x.map(format::kg).unwrap_or_else(|| "–".to_string())
}

#[component]
pub(crate) fn TrendChart(id: &'static str, trend: Vec<MonthFootprint>, target_kg: f64) -> impl IntoView {
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
pub(crate) fn Bands(id: &'static str, bands: Vec<(Band, usize)>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let total: usize = bands.iter().map(|(_, n)| n).sum();
    let bars = bands
        .iter()
        .map(|(b, n)| Bar {
            label: dashboard_band_label(l, *b).to_string(),
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
                            <th scope="row">{dashboard_band_label(l, b)}</th>
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
pub(crate) fn Ingredients(id: &'static str, names: Vec<domain::Bilingual>, shares: Vec<(f64, f64)>) -> impl IntoView {
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
