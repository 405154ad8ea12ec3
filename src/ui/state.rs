//! The questionnaire state as a Yew reducer; the state and its actions are the pure
//! [`crate::questionnaire`].

pub use crate::questionnaire::*;

use crate::date::Date;
use std::rc::Rc;
use yew::Reducible;

impl Reducible for State {
    /// An action and the day the questionnaire is shown on (the app's `today`, read once where
    /// the widget is mounted): the reducer applies it with the tested [`State::apply_on`], which
    /// ignores an action that does not fit that day.
    type Action = (Action, Date);

    /// An action that changes nothing (a select's `input` and then its `change`, a date field's
    /// keystrokes while it holds no whole date, a date beyond the answers' limits) keeps the same
    /// state, and Yew then re-renders nothing.
    fn reduce(self: Rc<Self>, (action, today): (Action, Date)) -> Rc<Self> {
        let next = (*self).clone().apply_on(action, today);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
