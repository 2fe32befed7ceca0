//! "Play together": 2–8 players passing one device. The set-up form, then each question goes
//! round every player in private (hand-off, answer), then one reveal, and at the end the
//! standings. The game is kept with the party games when it finishes. The rules are the
//! engine's (`engine::party`); this page holds the game and says what changed, out loud.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::page::{now_ms, random_seed};
use crate::components::bank_gate::BankGate;
use crate::components::party_end::PartyEnd;
use crate::components::party_reveal::PartyReveal;
use crate::components::party_setup::PartySetupForm;
use crate::components::party_turn::PartyTurn;
use crate::context::{use_app, use_bank_soon};
use crate::engine::party::{Party, PartyAction, PartyPhase, PartySetup};
use crate::i18n::{Msg, Words};

/// A game in progress, with the id it is kept under.
#[derive(Clone, PartialEq)]
struct Game {
    id: String,
    party: Party,
}

/// The page's one state: no game (the form) or a game.
#[derive(Clone, PartialEq, Default)]
struct Table(Option<Game>);

enum TableAction {
    Start(Party),
    Play(PartyAction),
    Leave,
}

impl Reducible for Table {
    type Action = TableAction;

    fn reduce(self: Rc<Self>, action: TableAction) -> Rc<Self> {
        match (action, &self.0) {
            (TableAction::Start(party), _) => Rc::new(Table(Some(Game {
                id: format!("party-{:x}-{:x}", now_ms() as u64, random_seed()),
                party,
            }))),
            (TableAction::Play(action), Some(game)) => Rc::new(Table(Some(Game {
                id: game.id.clone(),
                party: game.party.apply(action),
            }))),
            (TableAction::Play(_), None) => self,
            (TableAction::Leave, _) => Rc::new(Table(None)),
        }
    }
}

/// What a screen reader hears when the game moves on, in the player's language.
fn announcement(party: &Party, words: Words) -> String {
    let name = |player: usize| party.players().get(player).cloned().unwrap_or_default();
    match party.phase() {
        PartyPhase::HandOff { player } => words.f(
            Msg::PartyAnnounceHandOff,
            &[
                ("n", &(party.current() + 1).to_string()),
                ("total", &party.total().to_string()),
                ("name", &name(player)),
            ],
        ),
        PartyPhase::Answering { player } => {
            words.f(Msg::PartyAnnounceTurn, &[("name", &name(player))])
        }
        PartyPhase::Reveal => words.t(Msg::PartyAnnounceReveal).to_string(),
        PartyPhase::Finished => words.t(Msg::PartyAnnounceFinished).to_string(),
    }
}

/// The page.
#[function_component]
pub fn Together() -> Html {
    use_bank_soon();
    let app = use_app();
    let table = use_reducer(Table::default);
    let problem = use_state(|| None::<String>);
    // The id of the game last kept, so a re-render never keeps it twice.
    let kept = use_mut_ref(|| None::<String>);
    {
        let (app, table) = (app.clone(), table.clone());
        let finished = table
            .0
            .as_ref()
            .filter(|g| g.party.is_finished())
            .map(|g| g.id.clone());
        use_effect_with(finished, move |finished| {
            if let (Some(id), Some(game)) = (finished, &table.0) {
                if kept.borrow().as_ref() != Some(id) {
                    if let Some(result) = game.party.result(id.clone(), now_ms()) {
                        app.finish_party(result);
                    }
                    *kept.borrow_mut() = Some(id.clone());
                }
            }
        });
    }
    let on_start = {
        let (app, table, problem) = (app.clone(), table.clone(), problem.clone());
        Callback::from(move |setup: PartySetup| {
            let Some(bank) = app.bank() else {
                problem.set(Some(app.t(Msg::PartyBankLoading).to_string()));
                return;
            };
            let names = setup.names.clone();
            match setup
                .pick(bank.questions())
                .and_then(|qs| Party::new(setup, qs))
            {
                Ok(party) => {
                    app.set_party_names(names);
                    problem.set(None);
                    table.dispatch(TableAction::Start(party));
                }
                Err(error) => problem.set(Some(error.message(app.words()))),
            }
        })
    };
    let on_action = {
        let table = table.clone();
        Callback::from(move |action| table.dispatch(TableAction::Play(action)))
    };
    // Present from the start, so what is put in it is announced.
    let live = |text: String| html! { <p class="visually-hidden" role="status" aria-live="polite">{ text }</p> };
    let Some(game) = &table.0 else {
        return html! {
            <>
                <BankGate><PartySetupForm {on_start} problem={(*problem).clone()} /></BankGate>
                { live(String::new()) }
            </>
        };
    };
    let party = &game.party;
    let view = match party.phase() {
        PartyPhase::HandOff { .. } | PartyPhase::Answering { .. } => html! {
            <PartyTurn party={party.clone()} {on_action} />
        },
        PartyPhase::Reveal => html! { <PartyReveal party={party.clone()} {on_action} /> },
        PartyPhase::Finished => {
            let on_again = {
                let (app, table, problem, party) =
                    (app.clone(), table.clone(), problem.clone(), party.clone());
                Callback::from(move |()| {
                    let again = app.bank().map(|bank| party.again(bank.questions()));
                    match again {
                        Some(Ok(next)) => table.dispatch(TableAction::Start(next)),
                        Some(Err(error)) => {
                            problem.set(Some(error.message(app.words())));
                            table.dispatch(TableAction::Leave);
                        }
                        None => table.dispatch(TableAction::Leave),
                    }
                })
            };
            let on_change = {
                let table = table.clone();
                Callback::from(move |()| table.dispatch(TableAction::Leave))
            };
            match party.result(game.id.clone(), now_ms()) {
                Some(result) => html! {
                    <PartyEnd {result} standings={party.standings()} {on_again} {on_change} />
                },
                None => Html::default(),
            }
        }
    };
    html! {
        <>
            { view }
            { live(announcement(party, app.words())) }
        </>
    }
}
