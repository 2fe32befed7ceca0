//! The quiz session as a yew reducer: a thin wrapper over the engine's pure `Session`.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::session::{Action, NotEnoughQuestions, Session};

/// A running quiz, or why one could not start.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizState(pub Result<Session, NotEnoughQuestions>);

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &self.0 {
            Ok(session) => {
                let next = session.apply(action);
                if &next == session {
                    self
                } else {
                    Rc::new(QuizState(Ok(next)))
                }
            }
            Err(_) => self,
        }
    }
}

/// Starts a quiz once, with `start`, when the component mounts.
#[hook]
pub fn use_quiz(start: impl FnOnce() -> QuizState) -> UseReducerHandle<QuizState> {
    use_reducer(start)
}
