//! Mixed text with each Japanese run marked `lang="ja"`.

use yew::prelude::*;

use crate::text::runs;

/// `text` as HTML, Japanese runs in `<span lang="ja">`.
pub fn ja_text(text: &str) -> Html {
    runs(text)
        .into_iter()
        .map(|(japanese, run)| {
            if japanese {
                html! { <span lang="ja">{ run }</span> }
            } else {
                html! { { run } }
            }
        })
        .collect()
}
