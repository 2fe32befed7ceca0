//! Waits for the question bank, which is fetched when a page first needs it: asks for it, shows
//! its children once the questions have arrived, an announced loading state until then, and a
//! way to try again if they could not be fetched. Nothing the player pressed is lost: the page
//! they asked for appears as soon as the questions are there.

use yew::prelude::*;

use crate::components::loading::Loading;
use crate::context::{use_app, use_bank_soon, BankState};
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct BankGateProps {
    pub children: Html,
}

/// The children, once the bank is ready.
#[function_component]
pub fn BankGate(props: &BankGateProps) -> Html {
    use_bank_soon();
    let app = use_app();
    let what = AttrValue::from(app.t(Msg::QuizLoadingQuestions).to_string());
    match app.bank_state() {
        BankState::Ready(_) => props.children.clone(),
        BankState::Idle | BankState::Loading => html! { <Loading {what} /> },
        BankState::Failed => {
            let failed = Some(AttrValue::from(
                app.t(Msg::QuizQuestionsNotLoaded).to_string(),
            ));
            let on_retry = Callback::from(move |()| app.request_bank());
            html! { <Loading {what} {failed} {on_retry} /> }
        }
    }
}
