//! A footprint as people read it: the total and its rating, and bar charts of
//! the stages and the ingredients (each bar labelled with its figure, so the
//! chart never carries information by colour or length alone).

use crate::labels::band_label;
use domain::meals::footprint::{Flag, Footprint};
use domain::meals::rating::Band;
use i18n::*;
use leptos::prelude::*;
use platform::format::{Localized, kg};

pub fn band_class(b: Band) -> &'static str {
    match b {
        Band::Green => "band green",
        Band::Yellow => "band yellow",
        Band::Red => "band red",
    }
}

/// Labelled horizontal bars; `rows` are (label, value, css class).
#[component]
pub fn Bars(#[prop(into)] title: Signal<String>, rows: Vec<(String, f64, &'static str)>) -> impl IntoView {
    let max = rows.iter().map(|r| r.1).fold(0.0_f64, f64::max).max(1e-9);
    view! {
        <figure class="chart">
            <figcaption><strong>{move || title.get()}</strong></figcaption>
            <ul class="bars">
                {rows.into_iter().map(|(label, value, class)| {
                    let width = format!("width: {:.1}%", value / max * 100.0);
                    view! {
                        <li>
                            <span>{label}</span>
                            <span class="bar-track" aria-hidden="true"><span class=format!("bar {class}") style=width></span></span>
                            <span>{kg(value)}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </figure>
    }
    .into_any()
}

fn flag_text(l: Locale, f: &Flag) -> String {
    match f {
        Flag::OriginAssumed { item } => td_string!(l, meals.flag_origin_assumed, n = item + 1).to_string(),
        Flag::CookingAssumed { item } => td_string!(l, meals.flag_cooking_assumed, n = item + 1).to_string(),
        Flag::ProxyFactor { item } => td_string!(l, meals.flag_proxy_factor, n = item + 1).to_string(),
        Flag::PackagingAssumed => td_string!(l, meals.flag_packaging_assumed).to_string(),
        Flag::WasteShareAssumed => td_string!(l, meals.flag_waste_share_assumed).to_string(),
        Flag::GasAssumed => td_string!(l, meals.flag_gas_assumed).to_string(),
        Flag::GridYearAssumed { year } => td_string!(l, meals.flag_grid_year_assumed, year = *year).to_string(),
    }
}

/// Total, rating, distance to the target, stage and ingredient charts, contributors and flags.
#[component]
pub fn FootprintSummary(f: Footprint) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let l = i18n.get_locale();
        let s = f.stages;
        let stages = vec![
            (
                td_string!(l, meals.stage_ingredients).to_string(),
                s.ingredients,
                "stage-ingredients",
            ),
            (
                td_string!(l, meals.stage_transport).to_string(),
                s.transport,
                "stage-transport",
            ),
            (
                td_string!(l, meals.stage_cooking).to_string(),
                s.cooking,
                "stage-cooking",
            ),
            (
                td_string!(l, meals.stage_packaging).to_string(),
                s.packaging,
                "stage-packaging",
            ),
            (td_string!(l, meals.stage_waste).to_string(), s.waste, "stage-waste"),
        ];
        let mut lines: Vec<(String, f64, &'static str)> =
            f.lines.iter().map(|x| (x.name.tr(l), x.kg_co2e, "")).collect();
        if s.packaging > 0.0 {
            lines.push((
                td_string!(l, meals.packaging_line).to_string(),
                s.packaging,
                "stage-packaging",
            ));
        }
        let contributors: Vec<String> = f
            .top_contributors
            .iter()
            .map(|c| {
                let name = match c.item.and_then(|i| f.lines.get(i)) {
                    Some(x) => x.name.tr(l),
                    None => td_string!(l, meals.packaging_line).to_string(),
                };
                format!("{name}: {} kg ({:.0}%)", kg(c.kg_co2e), c.share * 100.0)
            })
            .collect();
        let target = if f.rating.meets_target {
            td_string!(l, meals.target_met, target = kg(f.rating.target_kg)).to_string()
        } else {
            td_string!(
                l,
                meals.above_target,
                kg = kg(f.rating.above_target_kg),
                target = kg(f.rating.target_kg)
            )
            .to_string()
        };
        let flags: Vec<String> = f.flags.iter().map(|x| flag_text(l, x)).collect();
        view! {
            <div class="result-total" aria-live="polite">
                <p>
                    <span class="total" data-testid="total" data-kg=f.total_kg_co2e.to_string()>{kg(f.total_kg_co2e)}</span>
                    " " {td_string!(l, meals.kg_per_meal)}
                </p>
                // Results saved before ranges existed carry none: nothing is shown for them.
                {(f.range.high > 0.0).then(|| view! {
                    <p class="small" data-testid="range">
                        {td_string!(l, meals.range, low = kg(f.range.low), high = kg(f.range.high)).to_string()}
                        " "
                        {td_string!(l, meals.data_quality, q = format!("{:.1}", f.data_quality)).to_string()}
                    </p>
                })}
                <p><span class=band_class(f.rating.band) data-testid="band">{band_label(l, f.rating.band)}</span></p>
                <p>{target}</p>
            </div>
            <Bars title=td_string!(l, meals.by_stage).to_string() rows=stages/>
            <Bars title=td_string!(l, meals.by_ingredient).to_string() rows=lines/>
            <h3>{td_string!(l, meals.largest)}</h3>
            <ol>{contributors.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ol>
            {(!flags.is_empty()).then(|| view! {
                <details class="flags">
                    <summary>{td_string!(l, meals.flags_heading)}</summary>
                    <ul>{flags.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                </details>
            })}
            <p class="small">{td_string!(l, meals.edition, n = f.edition).to_string()}</p>
        }
    }
}
