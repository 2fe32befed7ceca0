//! Mixed text with each Japanese run marked `lang="ja"`, and names in ruby notation shown with
//! their readings above them (`<ruby>`).

use yew::prelude::*;

use crate::text::{pieces, runs, Piece};

/// `text` as HTML: Japanese runs in `<span lang="ja">`, readings as `<ruby>` (with
/// parentheses for browsers that cannot show ruby).
pub fn ja_text(text: &str) -> Html {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Ruby { base, reading } => html! {
                <ruby lang="ja">{ base }<rp>{ "（" }</rp><rt>{ reading }</rt><rp>{ "）" }</rp></ruby>
            },
            Piece::Plain(plain) => runs(plain)
                .into_iter()
                .map(|(japanese, run)| {
                    if japanese {
                        html! { <span lang="ja">{ run }</span> }
                    } else {
                        html! { { run } }
                    }
                })
                .collect(),
        })
        .collect()
}
