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

/// Where the bars fall on the chart: each bar's length in the plot's
/// width, from 0 to `max` (at least the largest value and the target).
pub fn scale(bars: &[Bar], target: Option<&Target>, width: f64) -> (f64, Vec<f64>) {
    let max = bars
        .iter()
        .filter_map(|b| b.value)
        .chain(target.map(|t| t.value))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let max = if max > 0.0 { max } else { 1.0 };
    let lengths = bars
        .iter()
        .map(|b| {
            b.value
                .filter(|v| v.is_finite())
                .map_or(0.0, |v| (v.max(0.0) / max * width).min(width))
        })
        .collect();
    (max, lengths)
}

const LABEL_W: f64 = 120.0;
const PLOT_W: f64 = 380.0;
const TEXT_W: f64 = 100.0;
const ROW_H: f64 = 26.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 30.0;

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
    let width = LABEL_W + PLOT_W + TEXT_W;
    let base = height - BOTTOM;
    let view_box = format!("0 0 {} {}", at(width), at(height));
    let rows = bars
        .into_iter()
        .zip(lengths)
        .enumerate()
        .map(|(i, (b, len))| {
            let y = TOP + ROW_H * i as f64;
            let text = if b.value.is_some() { b.text } else { "–".to_string() };
            view! {
                <g>
                    <text x={at(LABEL_W - 6.0)} y={at(y + ROW_H * 0.62)} text-anchor="end" class="chart-label">{b.label}</text>
                    <rect x={at(LABEL_W)} y={at(y + 4.0)} width={at(len)} height={at(ROW_H - 8.0)} class="chart-bar"></rect>
                    <text x={at(LABEL_W + len + 4.0)} y={at(y + ROW_H * 0.62)} class="chart-value">{text}</text>
                </g>
            }
        })
        .collect_view();
    let target_view = target.map(|t| {
        let x = LABEL_W + (t.value / max * PLOT_W).clamp(0.0, PLOT_W);
        view! {
            <g class="chart-target">
                <line x1={at(x)} x2={at(x)} y1={at(TOP - 4.0)} y2={at(base)} stroke-dasharray="4 3"></line>
                <text x={at(x)} y={at(TOP - 8.0)} text-anchor="middle" class="chart-target-label">{t.label}</text>
            </g>
        }
    });
    view! {
        <figure class="chart" id=id>
            <svg viewBox=view_box role="img" aria-label=title preserveAspectRatio="xMinYMin meet">
                <line x1={at(LABEL_W)} x2={at(LABEL_W)} y1={at(TOP - 2.0)} y2={at(base)} class="chart-axis"></line>
                {rows}
                {target_view}
                <text x={at(LABEL_W + PLOT_W / 2.0)} y={at(height - 8.0)} text-anchor="middle" class="chart-axis-label">{axis}</text>
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(v: Option<f64>) -> Bar {
        Bar {
            label: "x".into(),
            value: v,
            text: String::new(),
        }
    }

    #[test]
    fn bars_scale_to_the_largest_value_or_the_target() {
        let bars = [bar(Some(2.0)), bar(Some(4.0)), bar(None), bar(Some(-1.0))];
        let (max, l) = scale(&bars, None, 100.0);
        assert_eq!((max, l), (4.0, vec![50.0, 100.0, 0.0, 0.0]));
        let t = Target {
            value: 8.0,
            label: "target".into(),
        };
        assert_eq!(scale(&bars, Some(&t), 100.0).1, vec![25.0, 50.0, 0.0, 0.0]);
        let (max, l) = scale(&[bar(Some(0.0)), bar(Some(f64::NAN))], None, 100.0);
        assert_eq!((max, l), (1.0, vec![0.0, 0.0]), "nothing to show draws nothing");
    }
}
