//! A horizontal bar chart of percentages, drawn as inline SVG with a title and a table.

use yew::prelude::*;

use super::chart_table::ChartTable;
use crate::context::use_app;
use crate::i18n::Msg;

const WIDTH: f64 = 320.0;
const ROW: f64 = 26.0;
const LABEL: f64 = 130.0;

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// (label, percent, or `None` before any answer).
    pub bars: Vec<(String, Option<u32>)>,
}

/// The chart with its table.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let app = use_app();
    let height = ROW * props.bars.len() as f64 + 4.0;
    let title_id = format!("{}-title", props.id);
    let value_text = |v: Option<u32>| {
        v.map_or_else(
            || app.t(Msg::RecNoAnswersYet).to_string(),
            |v| format!("{v}%"),
        )
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby={title_id.clone()}
                class="chart-svg">
                <title id={title_id}>{ props.title.clone() }</title>
                { for props.bars.iter().enumerate().map(|(i, (label, value))| {
                    let top = 2.0 + ROW * i as f64;
                    let width = (WIDTH - LABEL - 40.0) * f64::from(value.unwrap_or(0).min(100)) / 100.0;
                    html! {
                        <>
                            <text x="0" y={(top + 16.0).to_string()} class="chart-label">{ label.clone() }</text>
                            <rect x={LABEL.to_string()} y={(top + 4.0).to_string()} width={format!("{width:.1}")}
                                height={(ROW - 10.0).to_string()} class="chart-bar" rx="3" />
                            <text x={format!("{:.1}", LABEL + width + 4.0)} y={(top + 16.0).to_string()}
                                class="chart-label">{ value.map_or_else(|| "—".to_string(), |v| format!("{v}%")) }</text>
                        </>
                    }
                }) }
            </svg>
            <figcaption>{ props.title.clone() }</figcaption>
            <ChartTable caption={props.title.clone()} headers={(AttrValue::from(app.t(Msg::RecCategoryColumn).to_string()),
                AttrValue::from(app.t(Msg::RecAccuracy).to_string()))}
                rows={props.bars.iter().map(|(l, v)| (l.clone(), value_text(*v))).collect::<Vec<_>>()} />
        </figure>
    }
}
