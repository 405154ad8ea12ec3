//! The questionnaire state as a Yew reducer; the state and its actions are the pure
//! [`crate::questionnaire`].

pub use crate::questionnaire::*;

use std::rc::Rc;
use yew::Reducible;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}
