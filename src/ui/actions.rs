//! The app's callbacks: the screens' answers into the reducer, the language switch, and the
//! results' booking, start-over, keep and share actions (src/ui/app.rs hands them down).

use super::keep::{self, Keys, Notice};
use super::state::{Action, Gate, IsotretinoinChoice, State, Step};
use crate::answers::{Answers, Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};
use crate::assessment::Assessment;
use crate::config::WidgetConfig;
use crate::date::Date;
use crate::events::{BookingDetail, BookingRequest, WidgetEvent};
use crate::text::Locale;
use std::rc::Rc;
use yew::prelude::*;

/// A callback that turns its argument into an [`Action`] and dispatches it for `today` (the
/// reducer ignores an action that does not fit that day: [`State::apply_on`]).
fn act<T: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    today: Date,
    to_action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value: T| dispatcher.dispatch((to_action(value), today)))
}

/// The screens' callbacks into the reducer (and the language switch's), made once per app: a callback is equal only to
/// itself, so new ones on every render would re-render every step and each of its choices
/// whatever an answer changed.
pub struct Actions {
    pub concern: Callback<(Concern, bool)>,
    pub severity: Callback<(Concern, Severity)>,
    pub skin_type: Callback<Fitzpatrick>,
    pub quiz_answer: Callback<(QuizItem, Option<u8>)>,
    pub toggle_quiz: Callback<()>,
    pub downtime: Callback<Downtime>,
    pub budget: Callback<Budget>,
    pub injections: Callback<bool>,
    pub event_date: Callback<Option<Date>>,
    pub start_date: Callback<Option<Date>>,
    pub gate: Callback<(usize, Gate)>,
    pub condition: Callback<(Condition, YesNo)>,
    pub isotretinoin: Callback<IsotretinoinChoice>,
    pub isotretinoin_last_taken: Callback<Option<Date>>,
    pub back: Callback<()>,
    pub next: Callback<()>,
    pub edit: Callback<Step>,
    /// The language switch: the visitor's choice, by its code.
    pub language: Callback<Locale>,
}

impl Actions {
    pub fn new(d: &UseReducerDispatcher<State>, today: Date, chosen: UseStateSetter<Option<&'static str>>) -> Actions {
        Actions {
            concern: act(d, today, |(c, on)| Action::SetConcern(c, on)),
            severity: act(d, today, |(c, s)| Action::SetSeverity(c, s)),
            skin_type: act(d, today, Action::SetSkinType),
            quiz_answer: act(d, today, |(item, score)| Action::SetQuizAnswer(item, score)),
            toggle_quiz: act(d, today, |()| Action::ToggleQuiz),
            downtime: act(d, today, Action::SetDowntime),
            budget: act(d, today, Action::SetBudget),
            injections: act(d, today, Action::SetInjectionsOk),
            event_date: act(d, today, Action::SetEventDate),
            start_date: act(d, today, Action::SetStartDate),
            gate: act(d, today, |(i, g)| Action::SetGate(i, g)),
            condition: act(d, today, |(c, a)| Action::SetCondition(c, a)),
            isotretinoin: act(d, today, Action::SetIsotretinoin),
            isotretinoin_last_taken: act(d, today, Action::SetIsotretinoinLastTaken),
            back: act(d, today, |()| Action::Back),
            next: act(d, today, |()| Action::Next),
            edit: act(d, today, Action::Edit),
            language: Callback::from(move |l: Locale| chosen.set(Some(l.code()))),
        }
    }
}

/// "Book a consultation": tells the host (`tc-booking-requested`) what the request carries;
/// true when the host handles it.
pub fn booking(
    on_event: &Callback<WidgetEvent, bool>,
    config: &Rc<WidgetConfig>,
    assessment: Option<Rc<Assessment>>,
    answers: Option<Answers>,
) -> Callback<BookingRequest, bool> {
    let (on_event, config) = (on_event.clone(), config.clone());
    Callback::from(move |request: BookingRequest| match (assessment.as_ref(), answers.as_ref()) {
        (Some(assessment), Some(answers)) => {
            on_event.emit(WidgetEvent::BookingRequested(BookingDetail::new(&config, assessment, answers, &request)))
        }
        _ => false,
    })
}

/// "Start over": every answer cleared, the device's copy no longer kept, the notice gone.
pub fn start_over(
    dispatcher: UseReducerDispatcher<State>,
    today: Date,
    on_device: UseStateHandle<bool>,
    notice: UseStateHandle<Option<Notice>>,
) -> Callback<()> {
    Callback::from(move |()| {
        on_device.set(false);
        notice.set(None);
        dispatcher.dispatch((Action::StartOver, today));
    })
}

/// "Keep my answers on this device" ticked or not (unticked: the device's copy is forgotten).
pub fn keep_on_device(on_device: UseStateHandle<bool>, keys: Rc<Keys>) -> Callback<bool> {
    Callback::from(move |keep_it: bool| {
        if !keep_it {
            keep::forget(&keys);
        }
        on_device.set(keep_it);
    })
}

/// A link to these results, with the health answers or without.
pub fn share_link(keys: Rc<Keys>, state: UseReducerHandle<State>) -> Callback<bool, String> {
    Callback::from(move |health: bool| keep::share_link(&keys, &state, health))
}
