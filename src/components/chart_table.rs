//! The table alternative every chart carries, for screen readers and for anyone who prefers
//! numbers to lines.

use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    pub caption: AttrValue,
    pub headers: (AttrValue, AttrValue),
    pub rows: Vec<(String, String)>,
}

/// A collapsible two-column table.
#[function_component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let app = use_app();
    html! {
        <details class="chart-table">
            <summary>{ app.t(Msg::RecShowAsTable) }</summary>
            <table class="table">
                <caption>{ props.caption.clone() }</caption>
                <thead><tr>
                    <th scope="col">{ props.headers.0.clone() }</th>
                    <th scope="col">{ props.headers.1.clone() }</th>
                </tr></thead>
                <tbody>
                    { for props.rows.iter().map(|(a, b)| html! {
                        <tr><th scope="row">{ a.clone() }</th><td>{ b.clone() }</td></tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}
