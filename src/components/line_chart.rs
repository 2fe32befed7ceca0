//! A line chart of percentages over games, drawn as inline SVG with a title and a table.

use yew::prelude::*;

use super::chart_table::ChartTable;
use crate::context::use_app;
use crate::i18n::Msg;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 140.0;
const PAD: f64 = 28.0;

#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// (label, percent 0–100), oldest first.
    pub points: Vec<(String, u32)>,
}

/// The chart, or a sentence when there is nothing to draw yet.
#[function_component]
pub fn LineChart(props: &LineChartProps) -> Html {
    let app = use_app();
    if props.points.is_empty() {
        return html! { <p>{ app.t(Msg::RecChartEmpty) }</p> };
    }
    let n = props.points.len();
    let x = |i: usize| {
        if n == 1 {
            WIDTH / 2.0
        } else {
            PAD + (WIDTH - PAD - 8.0) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: u32| 8.0 + (HEIGHT - 16.0) * (1.0 - f64::from(v.min(100)) / 100.0);
    let line: Vec<String> = props
        .points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect();
    let title_id = format!("{}-title", props.id);
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby={title_id.clone()}
                class="chart-svg">
                <title id={title_id}>{ props.title.clone() }</title>
                { for [0u32, 50, 100].iter().map(|v| html! {
                    <>
                        <line x1={PAD.to_string()} x2={WIDTH.to_string()} y1={y(*v).to_string()}
                            y2={y(*v).to_string()} class="chart-grid" />
                        <text x="0" y={(y(*v) + 4.0).to_string()} class="chart-label">{ format!("{v}%") }</text>
                    </>
                }) }
                <polyline points={line.join(" ")} class="chart-line" fill="none" />
                { for props.points.iter().enumerate().map(|(i, (_, v))| html! {
                    <circle cx={format!("{:.1}", x(i))} cy={format!("{:.1}", y(*v))} r="3" class="chart-dot" />
                }) }
            </svg>
            <figcaption>{ props.title.clone() }</figcaption>
            <ChartTable caption={props.title.clone()} headers={(AttrValue::from(app.t(Msg::RecGameColumn).to_string()),
                AttrValue::from(app.t(Msg::RecAccuracy).to_string()))}
                rows={props.points.iter().map(|(l, v)| (l.clone(), format!("{v}%"))).collect::<Vec<_>>()} />
        </figure>
    }
}
