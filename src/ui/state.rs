//! The questionnaire state as a Yew reducer; the state and its actions are the pure
//! [`crate::questionnaire`].

pub use crate::questionnaire::*;

use std::rc::Rc;
use yew::Reducible;

impl Reducible for State {
    type Action = Action;

    /// An action that changes nothing (a select's `input` and then its `change`, a date field's
    /// keystrokes while it holds no whole date) keeps the same state, and Yew then re-renders
    /// nothing.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
