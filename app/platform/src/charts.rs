//! Charts the dashboards draw on the server as SVG: readable without
//! JavaScript, printable, each with its title, its axis named, every value
//! written beside its bar and a target line named in words, so that colour
//! never carries the meaning alone. Each chart goes with a data table (the
//! page's) that screen readers read instead: the picture is one image with
//! a name.

use leptos::prelude::*;

/// One bar: its label, its value (none: no figure, drawn as a dash) and
/// the value as written on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub text: String,
}

/// A line across the bars at `value`, named by `label` (a target).
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub value: f64,
    pub label: String,
}

/// Where the bars fall on the chart (`domain::stats::bar_scale`).
pub fn scale(bars: &[Bar], target: Option<&Target>, width: f64) -> (f64, Vec<f64>) {
    let values: Vec<Option<f64>> = bars.iter().map(|b| b.value).collect();
    domain::stats::bar_scale(&values, target.map(|t| t.value), width)
}

// Units of the drawing: 400 wide, so that on a 360 px phone its text is
// about as large as the page's small print, and a little larger on a desktop.
const WIDTH: f64 = 400.0;
/// The bars' longest length; the rest of the width is for the value.
const PLOT_W: f64 = 290.0;
/// Each row: its label on a line of its own (any length fits), the bar under it.
const ROW_H: f64 = 38.0;
const LABEL_H: f64 = 15.0;
const BAR_H: f64 = 14.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 26.0;

/// A number as an SVG coordinate.
fn at(x: f64) -> String {
    format!("{x:.1}")
}

/// A horizontal bar chart: one row per bar, the axis named under it.
#[component]
pub fn BarChart(
    /// The chart's id (for the page's anchors and tests).
    id: &'static str,
    /// The chart's name, as a screen reader announces the picture.
    title: String,
    /// What the bars measure, written under the axis.
    axis: String,
    bars: Vec<Bar>,
    #[prop(optional)] target: Option<Target>,
) -> impl IntoView {
    let (max, lengths) = scale(&bars, target.as_ref(), PLOT_W);
    let height = TOP + ROW_H * bars.len() as f64 + BOTTOM;
    let base = height - BOTTOM;
    let view_box = format!("0 0 {} {}", at(WIDTH), at(height));
    let rows = bars
        .into_iter()
        .zip(lengths)
        .enumerate()
        .map(|(i, (b, len))| {
            let y = TOP + ROW_H * i as f64;
            let bar_y = y + LABEL_H + 2.0;
            let text = if b.value.is_some() { b.text } else { "–".to_string() };
            view! {
                <g>
                    <text x="0" y={at(y + LABEL_H - 3.0)} class="chart-label">{b.label}</text>
                    <rect x="0" y={at(bar_y)} width={at(len)} height={at(BAR_H)} class="chart-bar"></rect>
                    <text x={at(len + 4.0)} y={at(bar_y + BAR_H - 3.0)} class="chart-value">{text}</text>
                </g>
            }
        })
        .collect_view();
    let target_view = target.map(|t| {
        let x = (t.value / max * PLOT_W).clamp(0.0, PLOT_W);
        view! {
            <g class="chart-target">
                <line x1={at(x)} x2={at(x)} y1={at(TOP - 4.0)} y2={at(base)} stroke-dasharray="4 3"></line>
                <text x={at(x)} y={at(TOP - 7.0)} text-anchor="middle" class="chart-target-label">{t.label}</text>
            </g>
        }
    });
    view! {
        <figure class="chart" id=id>
            <svg viewBox=view_box role="img" aria-label=title preserveAspectRatio="xMinYMin meet">
                {rows}
                {target_view}
                <text x={at(PLOT_W / 2.0)} y={at(height - 6.0)} text-anchor="middle" class="chart-axis-label">{axis}</text>
            </svg>
        </figure>
    }
}
