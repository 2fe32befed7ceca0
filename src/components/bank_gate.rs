//! Waits for the question bank, which is fetched when a page first needs it: asks for it, shows
//! its children once the questions have arrived, an announced loading state until then, and a
//! way to try again if they could not be fetched. Nothing the player pressed is lost: the page
//! they asked for appears as soon as the questions are there.

use yew::prelude::*;

use crate::context::{use_app, use_bank_soon, BankState};

#[derive(Properties, PartialEq)]
pub struct BankGateProps {
    pub children: Html,
}

/// The children, once the bank is ready.
#[function_component]
pub fn BankGate(props: &BankGateProps) -> Html {
    use_bank_soon();
    let app = use_app();
    match app.bank_state() {
        BankState::Ready(_) => props.children.clone(),
        BankState::Idle | BankState::Loading => html! {
            <div class="bank-loading" role="status">
                <p>{ "Loading the questions…" }</p>
                <progress aria-label="Loading the questions"></progress>
            </div>
        },
        BankState::Failed => {
            let retry = Callback::from(move |_: MouseEvent| app.request_bank());
            html! {
                <div class="card" role="alert">
                    <p><strong>{ "The questions could not be loaded." }</strong></p>
                    <p>{ "Check your connection and try again. Your scores and settings are safe." }</p>
                    <button type="button" class="button" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
    }
}
